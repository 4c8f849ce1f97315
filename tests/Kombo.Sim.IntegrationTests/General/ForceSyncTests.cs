using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General;

public class ForceSyncTests
{
    [Test]
    public async Task ForceSync_RecordsAFinishedSyncVisibleOnTheIntegration()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);

        var sync = await client.PostJson("/v1/force-sync", null);
        var details = await client.GetJson($"/v1/integrations/{hris.IntegrationId}");

        sync["data"]!["already_queued"]!.GetValue<bool>().Should().BeFalse();
        sync["data"]!["type"]!.GetValue<string>().Should().Be("FULL");
        sync.AsObject().Should().NotContainKey("warnings");
        var last = details["data"]!["last_sync"]!;
        last["id"]!.GetValue<string>().Should().Be(sync["data"]!["sync_id"]!.GetValue<string>());
        last["state"]!.GetValue<string>().Should().Be("SUCCEEDED");
        last["ended_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }

    [Test]
    public async Task WithUnknownType_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/force-sync", new { type = "PARTIAL" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(hris.IntegrationId).Syncs.Should().BeEmpty();
    }

    [Test]
    public async Task ForInactiveIntegration_AnswersWithAPlatformCode()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris().WithIntegration(i => i with { Status = "INACTIVE" }));

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/force-sync", null, HttpStatusCode.Forbidden);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID", "force-sync documents only PLATFORM codes");
    }
}

/// <summary>Syncs that take time on the simulator's clock (a host of its own: the clock is global).</summary>
public class RunningSyncTests
{
    private SimulatorHost _host = null!;

    [SetUp]
    public void Start() => _host = new SimulatorHost(settings: new Dictionary<string, string?> { ["Sync:DurationSeconds"] = "600" });

    [TearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task SecondCallWhileRunning_AnswersAlreadyQueuedUntilTheSyncFinishes()
    {
        var builder = new TenantBuilder();
        var hris = builder.Hris().WithIntegration(i => i with { SetupStatus = "FINAL_SYNC_PENDING" });
        var tenant = builder.Build(_host);
        var client = tenant.Client(hris.IntegrationId);
        var admin = new AdminClient(_host.CreateClient());

        var first = await client.PostJson("/v1/force-sync", new { type = "DELTA" });
        var second = await client.PostJson("/v1/force-sync", new { type = "FULL" });
        var running = await client.GetJson($"/v1/integrations/{hris.IntegrationId}");
        var moved = await admin.Post("/_sim/clock/advance", new { duration = "PT10M" });
        var finished = await client.GetJson($"/v1/integrations/{hris.IntegrationId}");
        var third = await client.PostJson("/v1/force-sync", null);

        second["data"]!["already_queued"]!.GetValue<bool>().Should().BeTrue();
        second["data"]!["sync_id"]!.GetValue<string>().Should().Be(first["data"]!["sync_id"]!.GetValue<string>());
        second["data"]!["type"]!.GetValue<string>().Should().Be("DELTA", "the running sync's type is answered");
        running["data"]!["last_sync"]!["state"]!.GetValue<string>().Should().Be("RUNNING");
        running["data"]!["setup_status"]!.GetValue<string>().Should().Be("FINAL_SYNC_PENDING");
        moved["effects"]!["syncs_finished"]!.GetValue<int>().Should().Be(1);
        finished["data"]!["last_sync"]!["state"]!.GetValue<string>().Should().Be("SUCCEEDED");
        finished["data"]!["last_sync"]!["ended_at"]!.GetValue<string>().Should().Be("2026-12-01T09:10:00.000Z");
        finished["data"]!["setup_status"]!.GetValue<string>().Should().Be("COMPLETED", "the first sync completes the setup");
        third["data"]!["already_queued"]!.GetValue<bool>().Should().BeFalse();
    }

    [Test]
    public async Task SyncOutcomeFault_MakesTheSyncFail()
    {
        var builder = new TenantBuilder();
        var hris = builder.Hris();
        var tenant = builder.Build(_host);
        var admin = new AdminClient(_host.CreateClient());
        await admin.Post("/_sim/faults", new { action = "sync_outcome", sync_state = "PARTIALLY_FAILED", integration_id = hris.IntegrationId, count = 1 });

        await tenant.Client(hris.IntegrationId).PostJson("/v1/force-sync", null);
        await admin.Post("/_sim/clock/advance", new { duration = "PT10M" });
        var syncs = await admin.Get($"/_sim/environments/{tenant.Environment.Id}/integrations/{hris.IntegrationId}/syncs");

        syncs["syncs"]![0]!["state"]!.GetValue<string>().Should().Be("PARTIALLY_FAILED");
    }
}
