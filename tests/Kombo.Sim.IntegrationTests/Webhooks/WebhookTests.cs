using System.Diagnostics;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Contract;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Webhooks;

/// <summary>Webhooks end to end: a real receiver on loopback checks bytes, signatures and Kombo's payload schemas.</summary>
public class WebhookTests
{
    private const string Secret = "whsec_test_secret";

    private SimulatorHost _host = null!;
    private WebhookReceiver _receiver = null!;
    private AdminClient _admin = null!;

    [SetUp]
    public async Task Start()
    {
        _host = new SimulatorHost(settings: new Dictionary<string, string?> { ["Webhooks:RetryDelayMs"] = "20", ["Webhooks:MaxRetries"] = "3" });
        _receiver = await WebhookReceiver.Start();
        _admin = new AdminClient(_host.CreateClient());
    }

    [TearDown]
    public async Task Stop()
    {
        await _receiver.DisposeAsync();
        _host.Dispose();
    }

    private async Task<(Tenant Tenant, HrisBuilder Hris, Employee Employee, AbsenceType Vacation)> Subscribed(params string[] eventTypes)
    {
        HrisBuilder hris = null!;
        Employee employee = null!;
        AbsenceType vacation = null!;
        var builder = new TenantBuilder();
        hris = builder.Hris();
        employee = hris.Employee();
        vacation = hris.AbsenceType("Vacation");
        hris.Balance(employee, vacation, 20);
        var tenant = builder.Build(_host);
        await _admin.Put($"/_sim/environments/{tenant.Environment.Id}/webhook", new { url = _receiver.Url, secret = Secret, event_types = eventTypes });
        return (tenant, hris, employee, vacation);
    }

    private static object Absence(Employee employee, AbsenceType type) =>
        new { employee_id = employee.Id, absence_type_id = type.Id, start_date = "2026-12-14", end_date = "2026-12-15", employee_note = (string?)null };

    [Test]
    public async Task Write_SendsASignedDataChangedEventThatMatchesKombosSchema()
    {
        var (tenant, hris, employee, vacation) = await Subscribed();

        await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", Absence(employee, vacation));
        var received = await _receiver.WaitFor(w => w.Type == "data-changed");

        received.SignatureMatches(Secret).Should().BeTrue("the signature is HMAC-SHA256 over the exact bytes, base64url without padding");
        received.Signature.Should().NotContain("=").And.NotContain("+").And.NotContain("/");
        received.ContentType.Should().StartWith("application/json");
        ContractSchemas.CheckWebhook("data-changed.json", System.Text.Encoding.UTF8.GetString(received.Body)).Should().BeEmpty();
        var data = received.Json["data"]!;
        data["integration_id"]!.GetValue<string>().Should().Be(hris.IntegrationId);
        data["integration_tool"]!.GetValue<string>().Should().Be("personio");
        data["changed_models"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).Should().BeEquivalentTo(["hris_absences", "hris_time_off_balances"]);
    }

    [Test]
    public async Task ReadsAndRejectedWrites_SendNothing()
    {
        var (tenant, hris, employee, _) = await Subscribed();
        var client = tenant.Client(hris.IntegrationId);

        await client.GetJson("/v1/hris/employees");
        await client.PostJson("/v1/hris/absences", new { employee_id = employee.Id }, System.Net.HttpStatusCode.BadRequest);
        await client.PostJson("/v1/hris/employees", new { first_name = "Now", last_name = "Something" });
        var received = await _receiver.WaitFor(w => w.Type == "data-changed");

        _receiver.Received.Should().ContainSingle("only the accepted write changed data");
        received.Json["data"]!["changed_models"]![0]!["name"]!.GetValue<string>().Should().Be("hris_employees");
    }

    [Test]
    public async Task EventTypeFilter_SendsOnlyWantedEvents()
    {
        var (tenant, hris, employee, vacation) = await Subscribed("integration-deleted");
        var client = tenant.Client(hris.IntegrationId);

        await client.PostJson("/v1/hris/absences", Absence(employee, vacation));
        await client.SendJson(HttpMethod.Delete, $"/v1/integrations/{hris.IntegrationId}", null);
        var deleted = await _receiver.WaitFor(w => w.Type == "integration-deleted");

        _receiver.Received.Select(r => r.Type).Should().Equal("integration-deleted");
        ContractSchemas.CheckWebhook("integration-deleted.json", System.Text.Encoding.UTF8.GetString(deleted.Body)).Should().BeEmpty();
        deleted.Json["data"]!["id"]!.GetValue<string>().Should().Be(hris.IntegrationId);
        deleted.Json["data"]!["deleted_at"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }

    [Test]
    public async Task FailingReceiver_IsRetriedWithBackOffAndEveryAttemptIsListed()
    {
        var (tenant, hris, employee, vacation) = await Subscribed();
        _receiver.FailNext(2);

        await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", Absence(employee, vacation));
        await _receiver.WaitFor(w => !w.AnsweredWithError);
        var delivery = await WaitForDeliveryState(tenant, "delivered");

        var attempts = delivery["attempts"]!.AsArray();
        attempts.Select(a => a!["status_code"]!.GetValue<int>()).Should().Equal(500, 500, 200);
        _receiver.Received.Select(r => r.Signature).Distinct().Should().ContainSingle("every attempt sends the same signed bytes");
    }

    [Test]
    public async Task Redeliver_SendsTheSameEventAgain()
    {
        var (tenant, hris, employee, vacation) = await Subscribed();
        await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", Absence(employee, vacation));
        var first = await WaitForDeliveryState(tenant, "delivered");

        var redelivered = await _admin.Post($"/_sim/webhooks/deliveries/{first["id"]}/redeliver");
        await _receiver.WaitFor(_ => _receiver.Received.Count == 2);
        var again = await WaitForAttempts(first["id"]!.GetValue<string>(), 2);

        redelivered["id"]!.GetValue<string>().Should().Be(first["id"]!.GetValue<string>());
        _receiver.Received.Select(r => r.Json["id"]!.GetValue<string>()).Distinct().Should().ContainSingle();
        again["attempts"]!.AsArray().Should().HaveCount(2);
        (await _admin.Post("/_sim/webhooks/deliveries/dlv_nope/redeliver", null, System.Net.HttpStatusCode.NotFound)).ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }

    [Test]
    public async Task SlowReceiver_NeverHoldsUpTheApi()
    {
        var (tenant, hris, employee, vacation) = await Subscribed();
        _receiver.Delay(3000);

        var watch = Stopwatch.StartNew();
        await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", Absence(employee, vacation));
        watch.Stop();

        watch.ElapsedMilliseconds.Should().BeLessThan(1500);
    }

    [Test]
    public async Task ForceSync_SendsSyncFinished()
    {
        var (tenant, hris, _, _) = await Subscribed("sync-finished");

        var sync = await tenant.Client(hris.IntegrationId).PostJson("/v1/force-sync", new { type = "DELTA" });
        var received = await _receiver.WaitFor(w => w.Type == "sync-finished");

        ContractSchemas.CheckWebhook("sync-finished.json", System.Text.Encoding.UTF8.GetString(received.Body)).Should().BeEmpty();
        received.Json["data"]!["sync_id"]!.GetValue<string>().Should().Be(sync["data"]!["sync_id"]!.GetValue<string>());
        received.Json["data"]!["sync_state"]!.GetValue<string>().Should().Be("SUCCEEDED");
        received.SignatureMatches(Secret).Should().BeTrue();
    }

    [Test]
    public async Task SubscriptionSettings_AreValidatedAndCanBeDisabled()
    {
        var (tenant, hris, employee, vacation) = await Subscribed();

        var invalid = await _admin.Put($"/_sim/environments/{tenant.Environment.Id}/webhook", new { url = "not a url", secret = "" }, System.Net.HttpStatusCode.BadRequest);
        var shown = await _admin.Get($"/_sim/environments/{tenant.Environment.Id}/webhook");
        var disabled = await _admin.Delete($"/_sim/environments/{tenant.Environment.Id}/webhook");
        await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", Absence(employee, vacation));
        await Task.Delay(300);

        invalid["error"]!["message"]!.GetValue<string>().Should().Contain("url").And.Contain("secret");
        shown["url"]!.GetValue<string>().Should().Be(_receiver.Url);
        shown["secret_set"]!.GetValue<bool>().Should().BeTrue();
        shown.AsObject().Should().NotContainKey("secret");
        disabled["enabled"]!.GetValue<bool>().Should().BeFalse();
        _receiver.Received.Should().BeEmpty();
    }

    private async Task<JsonNode> WaitForDeliveryState(Tenant tenant, string state)
    {
        for (var i = 0; i < 250; i++)
        {
            var list = await _admin.Get($"/_sim/webhooks/deliveries?environment_id={tenant.Environment.Id}&state={state}");
            if (list["deliveries"]!.AsArray().FirstOrDefault() is { } delivery)
            {
                return delivery;
            }

            await Task.Delay(20);
        }

        throw new AssertionException($"No {state} delivery.");
    }

    private async Task<JsonNode> WaitForAttempts(string deliveryId, int count)
    {
        for (var i = 0; i < 250; i++)
        {
            var delivery = await _admin.Get($"/_sim/webhooks/deliveries/{deliveryId}");
            if (delivery["attempts"]!.AsArray().Count >= count && delivery["state"]!.GetValue<string>() != "pending")
            {
                return delivery;
            }

            await Task.Delay(20);
        }

        throw new AssertionException($"Delivery {deliveryId} did not reach {count} attempts.");
    }
}

/// <summary>The lifecycle events of Connect and the setup page.</summary>
public class ConnectWebhookTests
{
    private const string Secret = "whsec_connect";

    [Test]
    public async Task ConnectAndSetup_SendCreatedStateChangedAndSyncFinishedEvents()
    {
        using var host = new SimulatorHost();
        await using var receiver = await WebhookReceiver.Start();
        var tenant = new TenantBuilder().Build(host);
        var admin = new AdminClient(host.CreateClient());
        await admin.Put($"/_sim/environments/{tenant.Environment.Id}/webhook", new { url = receiver.Url, secret = Secret });
        var client = tenant.Client();
        var link = (await client.PostJson("/v1/connect/create-link", new
        {
            end_user_email = "it@customer.example.com",
            end_user_organization_name = "Customer AG",
            integration_tool = "personio",
            enable_filtering = true,
        }))["data"]!["link"]!.GetValue<string>();

        var completed = await (await host.CreateClient().GetAsync(new Uri(link).PathAndQuery + "&complete=true")).ReadJson();
        var integrationId = completed["integration_id"]!.GetValue<string>();
        var created = await receiver.WaitFor(w => w.Type == "integration-created");
        var blocked = await tenant.Client(integrationId).GetJson("/v1/hris/employees", System.Net.HttpStatusCode.Conflict);
        var setupLink = (await tenant.Client(integrationId).PostJson("/v1/hris/provisioning-groups/default/setup-links", new { }))["data"]!["url"]!.GetValue<string>();
        var setupPage = await host.CreateClient().GetStringAsync(new Uri(setupLink).PathAndQuery);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", new Uri(setupLink).Query.Split('=')[1])]);
        var finished = await host.CreateClient().PostAsync("/connect/setup/complete", form);
        var stateChanged = await receiver.WaitFor(w => w.Type == "integration-state-changed");
        var syncFinished = await receiver.WaitFor(w => w.Type == "sync-finished");
        var details = await client.GetJson($"/v1/integrations/{integrationId}");

        created.SignatureMatches(Secret).Should().BeTrue();
        ContractSchemas.CheckWebhook("integration-created.json", System.Text.Encoding.UTF8.GetString(created.Body)).Should().BeEmpty();
        created.Json["data"]!["id"]!.GetValue<string>().Should().Be(integrationId);
        blocked.ErrorCode().Should().Be("INTEGRATION.SETUP_INCOMPLETE");
        setupPage.Should().Contain("Finish setup");
        finished.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        ContractSchemas.CheckWebhook("integration-state-changed.json", System.Text.Encoding.UTF8.GetString(stateChanged.Body)).Should().BeEmpty();
        stateChanged.Json["data"]!["setup_status"]!.GetValue<string>().Should().Be("FINAL_SYNC_PENDING");
        syncFinished.Json["data"]!["integration_id"]!.GetValue<string>().Should().Be(integrationId);
        details["data"]!["setup_status"]!.GetValue<string>().Should().Be("COMPLETED");
    }
}

/// <summary>Assessment orders placed through the control plane.</summary>
public class AssessmentOrderWebhookTests
{
    [Test]
    public async Task CreateOrder_ListsItAsOpenAndSendsOrderReceived()
    {
        using var host = new SimulatorHost();
        await using var receiver = await WebhookReceiver.Start();
        var builder = new TenantBuilder();
        var assessment = builder.Assessment();
        assessment.Package("pkg-go", "SKILLS_TEST");
        var tenant = builder.Build(host);
        var admin = new AdminClient(host.CreateClient());
        await admin.Put($"/_sim/environments/{tenant.Environment.Id}/webhook", new { url = receiver.Url, secret = "s3cret", event_types = new[] { "assessment:order-received" } });

        var order = await admin.Post($"/_sim/environments/{tenant.Environment.Id}/integrations/{assessment.IntegrationId}/assessment-orders", new
        {
            package_id = "pkg-go",
            candidate = new { email = "ada@example.com", first_name = "Ada", last_name = "Lovelace", remote_id = "c-1" },
            application = new { remote_id = "a-1" },
            job = new { remote_id = "j-1", name = "Backend Engineer", hiring_team = new[] { new { remote_id = "u-1", email = "rec@acme.example.com", hiring_team_roles = new[] { "RECRUITER" } } } },
        });
        var open = await tenant.Client(assessment.IntegrationId).GetJson("/v1/assessment/orders/open");
        var received = await receiver.WaitFor(w => w.Type == "assessment:order-received");

        open.Ids().Should().Contain(order["id"]!.GetValue<string>());
        received.SignatureMatches("s3cret").Should().BeTrue();
        Contract.ContractSchemas.CheckWebhook("assessment.order-received.json", System.Text.Encoding.UTF8.GetString(received.Body)).Should().BeEmpty();
        received.Json["data"]!["candidate"]!["email"]!.GetValue<string>().Should().Be("ada@example.com");
        received.Json["data"]!["status"]!.GetValue<string>().Should().Be("OPEN");
    }

    [Test]
    public async Task CreateOrderForUnknownPackage_AnswersInputInvalidAndPlacesNothing()
    {
        using var host = new SimulatorHost();
        var builder = new TenantBuilder();
        var assessment = builder.Assessment();
        var tenant = builder.Build(host);
        var admin = new AdminClient(host.CreateClient());

        var body = await admin.Post($"/_sim/environments/{tenant.Environment.Id}/integrations/{assessment.IntegrationId}/assessment-orders",
            new { package_id = "nope", candidate = new { email = "ada@example.com" } }, System.Net.HttpStatusCode.BadRequest);

        body["error"]!["message"]!.GetValue<string>().Should().Contain("package_id");
        tenant.State(assessment.IntegrationId).Assessment.Orders.Count.Should().Be(0);
    }
}
