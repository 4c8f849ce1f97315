using Kombo.Sim.Api.Features.Datev.DataPushes;
using Kombo.Sim.Api.Features.Datev.Employees;
using Kombo.Sim.Api.Features.Datev.Passthrough;
using Kombo.Sim.Api.Features.Silae.PayrollSupplements;
using Kombo.Sim.Api.Infrastructure;

namespace Kombo.Sim.UnitTests.Payroll;

public class PayrollValidatorTests
{
    [OneTimeSetUp]
    public void UseKombosFieldNames() => ValidationConfiguration.UseKomboFieldNames();

    [Test]
    public void PreparePayroll_AcceptsKombosExample()
    {
        var command = new PreparePayroll.Command
        {
            EmployeeId = "EvLV61zdahkN4ftPJbmPCkdv",
            PayrollRun = new PreparePayroll.PayrollRunInput("2022-05-01"),
            FixedPayments = [new PreparePayroll.FixedPaymentInput(560, 100)],
            HourlyPayments = [new PreparePayroll.HourlyPaymentInput(14, 200), new PreparePayroll.HourlyPaymentInput(16, 232)],
            CustomLodas = [new PreparePayroll.CustomLodasInput(8, 300, 4)],
        };

        new PreparePayroll.Validator().Validate(command).IsValid.Should().BeTrue();
    }

    [Test]
    public void PreparePayroll_NamesNestedFieldsWithTheirIndex()
    {
        var command = new PreparePayroll.Command
        {
            EmployeeId = "e",
            PayrollRun = new PreparePayroll.PayrollRunInput("May"),
            HourlyPayments = [new PreparePayroll.HourlyPaymentInput(-1, 200), null],
            FixedPayments = [new PreparePayroll.FixedPaymentInput(10, 100.5)],
            CustomLodas = [new PreparePayroll.CustomLodasInput(1, 1, 0)],
        };

        var result = new PreparePayroll.Validator().Validate(command);

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(
            ["payroll_run.date", "hourly_payments[0].hours", "hourly_payments[1]", "fixed_payments[0].lohnart", "custom_lodas[0].bearbeitungsschluessel"]);
    }

    [Test]
    public void PreparePayroll_RequiresThePaymentLists()
    {
        var result = new PreparePayroll.Validator().Validate(new PreparePayroll.Command { EmployeeId = "e" });

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(["payroll_run", "hourly_payments", "fixed_payments"]);
    }

    [TestCase(1.0, true)]
    [TestCase(9999.0, true)]
    [TestCase(0.0, false)]
    [TestCase(10000.0, false)]
    [TestCase(200.5, false)]
    public void SetCompensations_TakesLohnartsFromOneTo9999(double lohnart, bool valid)
    {
        var command = new SetCompensations.Command
        {
            EmployeeId = "e",
            EffectiveDate = "2026-12-01",
            Compensations = [new SetCompensations.CompensationInput(4500, "EUR", "MONTH", lohnart)],
        };

        new SetCompensations.Validator().Validate(command).IsValid.Should().Be(valid);
    }

    [Test]
    public void SetCompensations_AcceptsAnEmptySetThatEndsEverything()
    {
        var command = new SetCompensations.Command { EmployeeId = "e", EffectiveDate = "2026-12-01T00:00:00.000Z", Compensations = [] };

        new SetCompensations.Validator().Validate(command).IsValid.Should().BeTrue();
    }

    [TestCase("2026-12-01", true)]
    [TestCase("2026-12-01T00:00:00.000Z", true)]
    [TestCase("2026-12-02", false)]
    [TestCase("12/2026", false)]
    [TestCase(null, false)]
    public void PushPayrollData_NeedsTheFirstDayOfAMonth(string? month, bool valid)
    {
        var result = new PushPayrollData.Validator().Validate(new PushPayrollData.Command { PayrollMonth = month });

        result.IsValid.Should().Be(valid);
        result.Errors.Where(e => e.PropertyName != "payroll_month").Should().BeEmpty();
    }

    [Test]
    public void WriteRawDatevFile_ReportsTheFilesStructureOnFileContent()
    {
        var command = new WriteRawDatevFile.Command
        {
            FileContent = "Personalnummer;Lohnart\n",
            AccountingMonth = "2026-12-01",
            TargetSystem = "LODAS",
            FileType = "STAMMDATEN",
            FileName = "Stammdaten.txt",
        };

        var result = new WriteRawDatevFile.Validator().Validate(command);

        result.Errors.Should().ContainSingle().Which.PropertyName.Should().Be("file_content");
        result.Errors[0].ErrorMessage.Should().Contain("[Allgemein] section is missing");
    }

    [Test]
    public void WriteRawDatevFile_ChecksEveryFieldAndSkipsTheStructureWhenTheyAreBad()
    {
        var command = new WriteRawDatevFile.Command { FileContent = "x", TargetSystem = "LOGA", FileType = "ALL", FileName = "../etc/passwd" };

        var result = new WriteRawDatevFile.Validator().Validate(command);

        result.Errors.Select(e => e.PropertyName).Should().BeEquivalentTo(["accounting_month", "target_system", "file_type", "file_name"]);
    }

    [TestCase("200", 6.0, null, true)]
    [TestCase("PRIME_01", null, "Paris", true)]
    [TestCase("PRIME 01", 6.0, null, false)]
    [TestCase("", 6.0, null, false)]
    [TestCase("200", null, null, false)]
    [TestCase("200", null, "", false)]
    [TestCase("200", 1e10, null, false)]
    public void WritePayrollSupplement_NeedsACodeAndANumberOrAString(string code, double? amount, string? text, bool valid)
    {
        var command = new WritePayrollSupplement.Command
        {
            EmployeeId = "e",
            SupplementCode = code,
            EffectiveDate = "2024-01-14",
            ElementAmount = amount,
            ElementString = text,
        };

        new WritePayrollSupplement.Validator().Validate(command).IsValid.Should().Be(valid);
    }
}
