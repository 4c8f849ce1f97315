using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.IntegrationTests.Admin;

public class ControlPlaneAccessTests
{
    /// <summary>Lets a test pretend to call from another machine (X-Test-Remote-Ip).</summary>
    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Remote-Ip", out var ip))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(ip.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static SimulatorHost Host(params (string Key, string Value)[] settings) =>
        new(services => services.AddSingleton<IStartupFilter, RemoteAddressFilter>(), settings.ToDictionary(s => s.Key, s => (string?)s.Value));

    [Test]
    public async Task RemoteCaller_IsRefusedByDefault()
    {
        using var host = Host();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-Remote-Ip", "203.0.113.9");

        var remote = await client.GetJson("/_sim/integrations", HttpStatusCode.Forbidden);
        var local = await host.CreateClient().GetJson("/_sim/integrations");

        remote.ErrorCode().Should().Be("PLATFORM.IP_NOT_WHITELISTED");
        local["integrations"].Should().NotBeNull();
    }

    [Test]
    public async Task AdminKey_IsRequiredWhenSet()
    {
        using var host = Host(("ControlPlane:AllowRemote", "true"), ("ControlPlane:AdminKey", "admin-secret"));
        var without = host.CreateClient();
        without.DefaultRequestHeaders.Add("X-Test-Remote-Ip", "203.0.113.9");
        var with = host.CreateClient();
        with.DefaultRequestHeaders.Add("X-Test-Remote-Ip", "203.0.113.9");
        with.DefaultRequestHeaders.Add("X-Sim-Admin-Key", "admin-secret");

        var refused = await without.GetJson("/_sim/clock", HttpStatusCode.Unauthorized);
        var allowed = await with.GetJson("/_sim/clock");

        refused.ErrorCode().Should().Be("PLATFORM.AUTHENTICATION_INVALID");
        allowed["frozen"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task DisabledControlPlane_AnswersNotFoundButTheApiWorks()
    {
        using var host = Host(("ControlPlane:Enabled", "false"));
        var tenant = new TenantBuilder().Build(host);

        var body = await host.CreateClient().GetJson("/_sim/clock", HttpStatusCode.NotFound);
        var api = await tenant.Client().GetJson("/v1/check-api-key");

        body["error"]!["message"]!.GetValue<string>().Should().Be("Can not GET /_sim/clock");
        api["status"]!.GetValue<string>().Should().Be("success");
    }
}

public class RateLimitTests
{
    [Test]
    public async Task EnabledRateLimit_CountsPerKeyAndAnswers429BeyondTheLimit()
    {
        using var host = new SimulatorHost(settings: new Dictionary<string, string?> { ["RateLimit:Enabled"] = "true", ["RateLimit:Limit"] = "3" });
        var first = new TenantBuilder().Build(host).Client();
        var second = new TenantBuilder().Build(host).Client();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await first.GetAsync("/v1/check-api-key"));
        }

        var other = await second.GetAsync("/v1/check-api-key");
        var body = await answers[3].ReadJson(HttpStatusCode.TooManyRequests);

        answers.Take(3).Should().OnlyContain(r => r.StatusCode == HttpStatusCode.OK);
        answers[0].Headers.GetValues("ratelimit-limit").Single().Should().Be("3");
        answers.Take(3).Select(r => r.Headers.GetValues("ratelimit-remaining").Single()).Should().Equal("2", "1", "0");
        int.Parse(answers[0].Headers.GetValues("ratelimit-reset").Single(), System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(1, 60);
        body.ErrorCode().Should().Be("PLATFORM.RATE_LIMIT_EXCEEDED");
        answers[3].Headers.RetryAfter.Should().NotBeNull();
        other.StatusCode.Should().Be(HttpStatusCode.OK, "each key has its own window");
    }

    [Test]
    public async Task RateLimit_IsOffByDefault()
    {
        var client = Simulator.CreateTenant(_ => { }).Client();

        var response = await client.GetAsync("/v1/check-api-key");

        response.Headers.Contains("ratelimit-limit").Should().BeFalse();
    }
}

public class ApiExplorerTests
{
    [Test]
    public async Task OpenApiDocument_ListsKombosOperationsWithKombosSummariesAndTheControlPlane()
    {
        var catalog = OperationCatalog.Load();

        var document = await Simulator.Host.CreateClient().GetJson("/openapi/v1.json");

        var paths = document["paths"]!.AsObject();
        var operations = paths.SelectMany(p => p.Value!.AsObject().Select(m => (Path: p.Key, Method: m.Key.ToUpperInvariant(), Operation: m.Value!))).ToList();
        foreach (var served in operations.Where(o => o.Path.StartsWith("/v1/", StringComparison.Ordinal)))
        {
            var info = catalog.Get(served.Operation["operationId"]!.GetValue<string>());
            served.Path.Should().Be("/v1" + info.Path);
            served.Method.Should().Be(info.Method);
            served.Operation["summary"]!.GetValue<string>().Should().Be(info.Summary);
        }

        operations.Count(o => o.Path.StartsWith("/v1/", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(53);
        operations.Should().Contain(o => o.Path == "/_sim/snapshots" && o.Method == "POST");
        paths["/v1/hris/employees"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Should().Contain(["X-Integration-Id", "page_size"]);
        document["components"]!["securitySchemes"]!["KomboApiKey"]!["scheme"]!.GetValue<string>().Should().Be("bearer");
    }

    [Test]
    public async Task Explorer_ServesScalarWithTheDefaultKey()
    {
        using var host = DefaultSeedTests.StartWithDefaultSeed();

        var page = await host.CreateClient().GetStringAsync("/scalar/v1");

        page.Should().Contain("openapi/v1.json").And.Contain("kombo-sim-demo-key");
    }
}
