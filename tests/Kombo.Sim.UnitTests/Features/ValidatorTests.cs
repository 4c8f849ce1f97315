using Kombo.Sim.Api.Features.Hris.Absences;
using Kombo.Sim.Api.Features.Hris.Employees;
using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.Api.Infrastructure.Json;

namespace Kombo.Sim.UnitTests.Features;

public class ValidatorTests
{
    [OneTimeSetUp]
    public void UseKombosFieldNames() => ValidationConfiguration.UseKomboFieldNames();

    [Test]
    public void CreateAbsence_AcceptsAMinimalValidBody()
    {
        var command = new CreateAbsence.Command
        {
            EmployeeId = "e",
            AbsenceTypeId = "t",
            StartDate = "2026-12-01",
            EndDate = "2026-12-02T00:00:00.000Z",
            EmployeeNote = Optional<string?>.Of(null),
        };

        new CreateAbsence.Validator().Validate(command).IsValid.Should().BeTrue();
    }

    [Test]
    public void CreateAbsence_NamesEveryBadFieldInSnakeCase()
    {
        var command = new CreateAbsence.Command { StartDate = "2026-12-03", EndDate = "2026-12-01", StartTime = "9am" };

        var result = new CreateAbsence.Validator().Validate(command);

        result.Errors.Select(e => e.PropertyName).Should().Contain(["employee_id", "absence_type_id", "end_date", "employee_note", "start_time"]);
    }

    [Test]
    public void ListEmployees_RejectsACustomFieldsFilterWithTwoKeys()
    {
        var query = new ListEmployees.Query { CustomFields = """{"a":1,"b":2}""" };

        var result = new ListEmployees.Validator().Validate(query);

        result.Errors.Should().ContainSingle().Which.PropertyName.Should().Be("custom_fields");
    }

    [TestCase("0", false)]
    [TestCase("1", true)]
    [TestCase("250", true)]
    [TestCase("251", false)]
    [TestCase("1.5", false)]
    public void ListQuery_AcceptsPageSizesFromOneTo250(string pageSize, bool valid)
    {
        var query = new ListEmployees.Query { PageSize = pageSize };

        new ListEmployees.Validator().Validate(query).IsValid.Should().Be(valid);
    }
}
