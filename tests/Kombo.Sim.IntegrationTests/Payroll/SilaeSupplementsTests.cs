using System.Net;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Payroll;

/// <summary>Kombo has no read of Silae supplements, so these tests read what was stored from the simulator's state.</summary>
public class SilaeSupplementsTests
{
    [Test]
    public async Task Supplement_IsStoredForTheEmployee()
    {
        var world = new PayrollWorld();
        var client = world.Tenant.Client(world.Silae.IntegrationId);

        var written = await client.PostJson(PayrollWorld.Supplements(world.SilaeEmployee.Id), new
        {
            supplement_code = "200",
            effective_date = "2024-01-14",
            element_amount = 6,
        });
        await client.PostJson(PayrollWorld.Supplements($"remote:{world.SilaeEmployee.RemoteId}"), new
        {
            supplement_code = "PRIME_NOEL",
            effective_date = "2026-12-01T00:00:00.000Z",
            element_amount = 150.5,
            element_string = "Prime de Noël",
        });

        written["data"]!.AsObject().Should().BeEmpty();
        written["warnings"]!.AsArray().Should().BeEmpty();
        var stored = world.SilaePayroll.SilaeSupplements;
        stored.Should().HaveCount(2);
        stored[0].Should().BeEquivalentTo(new
        {
            EmployeeId = world.SilaeEmployee.Id,
            SupplementCode = "200",
            EffectiveDate = new DateOnly(2024, 1, 14),
            ElementAmount = 6.0,
            ElementString = (string?)null,
            CreatedAt = SimulatorHost.Now,
        });
        stored[1].Should().BeEquivalentTo(new SilaeSupplement
        {
            Id = stored[1].Id,
            EmployeeId = world.SilaeEmployee.Id,
            SupplementCode = "PRIME_NOEL",
            EffectiveDate = new DateOnly(2026, 12, 1),
            ElementAmount = 150.5,
            ElementString = "Prime de Noël",
            CreatedAt = SimulatorHost.Now,
        });
        stored.Select(s => s.Id).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public async Task StringOnlySupplement_IsStored()
    {
        var world = new PayrollWorld();

        await world.Tenant.Client(world.Silae.IntegrationId).PostJson(PayrollWorld.Supplements(world.SilaeEmployee.Id),
            new { supplement_code = "MOTIF", effective_date = "2026-12-01", element_string = "Télétravail" });

        world.SilaePayroll.SilaeSupplements.Single().Should().Match<SilaeSupplement>(s => s.ElementString == "Télétravail" && s.ElementAmount == null);
    }

    [Test]
    public async Task WithUnknownEmployee_AnswersNotFoundAndStoresNothing()
    {
        var world = new PayrollWorld();
        var before = world.SilaePayroll;

        var body = await world.Tenant.Client(world.Silae.IntegrationId).PostJson(PayrollWorld.Supplements("remote:999"),
            new { supplement_code = "200", effective_date = "2026-12-01", element_amount = 6 }, HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Be("Employee with ID remote:999 not found.");
        world.SilaePayroll.Should().BeSameAs(before);
    }

    [TestCase("""{"effective_date":"2026-12-01","element_amount":6}""", "supplement_code")]
    [TestCase("""{"supplement_code":"","effective_date":"2026-12-01","element_amount":6}""", "supplement_code")]
    [TestCase("""{"supplement_code":"PRIME 01","effective_date":"2026-12-01","element_amount":6}""", "supplement_code")]
    [TestCase("""{"supplement_code":"ÉTÉ","effective_date":"2026-12-01","element_amount":6}""", "supplement_code")]
    [TestCase("""{"supplement_code":"200","element_amount":6}""", "effective_date")]
    [TestCase("""{"supplement_code":"200","effective_date":"14/01/2024","element_amount":6}""", "effective_date")]
    [TestCase("""{"supplement_code":"200","effective_date":"2024-02-30","element_amount":6}""", "effective_date")]
    [TestCase("""{"supplement_code":"200","effective_date":"2026-12-01"}""", "element_amount or element_string is required")]
    [TestCase("""{"supplement_code":"200","effective_date":"2026-12-01","element_amount":null,"element_string":null}""", "element_amount or element_string is required")]
    [TestCase("""{"supplement_code":"200","effective_date":"2026-12-01","element_amount":"6"}""", "element_amount")]
    [TestCase("""{"supplement_code":"200","effective_date":"2026-12-01","element_amount":1000000000}""", "element_amount")]
    [TestCase("""{"supplement_code":"200","effective_date":"2026-12-01","element_string":" "}""", "element_string")]
    [TestCase("""{"supplement_code":200,"effective_date":"2026-12-01","element_amount":6}""", "supplement_code")]
    public async Task WithInvalidBody_AnswersInputInvalidAndStoresNothing(string json, string field)
    {
        var world = new PayrollWorld();
        var before = world.SilaePayroll;

        var body = await world.Tenant.Client(world.Silae.IntegrationId).PostJson(PayrollWorld.Supplements(world.SilaeEmployee.Id), json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        world.SilaePayroll.Should().BeSameAs(before);
    }
}
