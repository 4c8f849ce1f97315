using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Assessment;

public class GetPackagesTests
{
    private const string Url = "/v1/assessment/packages";

    [Test]
    public async Task WithPackages_ReturnsEachWithKombosFields()
    {
        var tenant = AssessmentTenant.Create(a =>
        {
            a.Package("1001", "BACKGROUND_CHECK");
            a.Package("1002", change: p => p with { Type = null, UpdatedAt = null });
        });

        var body = await tenant.Client().GetJson(Url);

        body["status"]!.GetValue<string>().Should().Be("success");
        body.AsObject().Should().NotContainKey("warnings");
        var packages = body["data"]!["packages"]!.AsArray();
        packages[0]!.ToJsonString().Should().Be(
            """{"id":"1001","name":"Package 1001","description":"Description of package 1001","updated_at":"2026-12-01T08:00:00.000Z","type":"BACKGROUND_CHECK"}""");
        packages[1]!.AsObject().Should().ContainKey("type").WhoseValue.Should().BeNull("Kombo writes nulls");
        packages[1]!.AsObject().Should().ContainKey("updated_at").WhoseValue.Should().BeNull();
    }

    [Test]
    public async Task WithoutPackages_ReturnsEmptyList()
    {
        var tenant = AssessmentTenant.Create();

        var body = await tenant.Client().GetJson(Url);

        body["data"]!["packages"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task DeletedPackage_IsLeftOut()
    {
        var tenant = AssessmentTenant.Create(a =>
        {
            a.Package("1001", change: p => p with { RemoteDeletedAt = SimulatorHost.Now.AddMinutes(-5) });
            a.Package("1002");
        });

        var body = await tenant.Client().GetJson(Url);

        body["data"]!["packages"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Should().Equal("1002");
    }
}
