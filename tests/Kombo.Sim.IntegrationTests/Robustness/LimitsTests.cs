using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.IntegrationTests.Contract;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// Request limits (docs/configuration.md): an oversized body answers 413, nesting past <see cref="KomboJson.MaxDepth"/>
/// 400, a long URL 414 and too many or too large headers 431, all in Kombo's envelope and changing nothing. The
/// in-memory server has no limits of its own, so these prove the simulator's; <see cref="KestrelLimitsTests"/> repeats
/// the essentials over a real socket.
/// </summary>
public class LimitsTests
{
    private const int SmallBody = 4096;

    private SimulatorHost _small = null!;

    [OneTimeSetUp]
    public void Start() => _small = new SimulatorHost(settings: new Dictionary<string, string?>
    {
        ["Limits:MaxRequestBodyBytes"] = SmallBody.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Limits:MaxUrlLength"] = "2048",
        ["Limits:MaxRequestHeaderCount"] = "40",
        ["Limits:MaxRequestHeadersTotalBytes"] = "8192",
    });

    [OneTimeTearDown]
    public void Stop() => _small.Dispose();

    [Test]
    public async Task BodyOverTheDefaultTenMegabytes_AnswersPayloadTooLarge()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var before = tenant.State(hris.IntegrationId);
        var json = "{\"first_name\":\"" + new string('a', (10 * 1024 * 1024) + 1) + "\"}";

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", json, HttpStatusCode.RequestEntityTooLarge);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("10485760");
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task BodyJustUnderTheLimit_IsRead()
    {
        var (tenant, hris) = Tenant(_small);
        var padding = new string('a', SmallBody - 200);

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", new { first_name = "Ada", last_name = padding, start_date = "2027-01-01" });

        body["status"]!.GetValue<string>().Should().Be("success");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task BodyOverTheConfiguredLimit_AnswersPayloadTooLargeWithOrWithoutContentLength(bool declared)
    {
        var (tenant, hris) = Tenant(_small);
        var before = tenant.State(hris.IntegrationId);
        var bytes = Encoding.UTF8.GetBytes("{\"first_name\":\"" + new string('a', SmallBody) + "\"}");
        using HttpContent content = declared ? new ByteArrayContent(bytes) : new UnknownLengthContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var body = await (await tenant.Client(hris.IntegrationId).PostAsync("/v1/hris/employees", content)).ReadJson(HttpStatusCode.RequestEntityTooLarge);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("Limits:MaxRequestBodyBytes");
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }

    [TestCase("[", "]")]
    [TestCase("{\"a\":", "}")]
    public async Task NestingBeyondTheCap_AnswersInputInvalidNamingTheDepth(string open, string close)
    {
        var (tenant, hris) = Tenant(Simulator.Host);
        var before = tenant.State(hris.IntegrationId);
        var nested = string.Concat(Enumerable.Repeat(open, KomboJson.MaxDepth + 1)) + "1" + string.Concat(Enumerable.Repeat(close, KomboJson.MaxDepth + 1));
        var json = $$"""{"employee_id":"x","absence_type_id":"y","start_date":"2027-01-01","end_date":"2027-01-01","employee_note":null,"remote_fields":{{nested}}}""";

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/absences", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("depth").And.Contain(KomboJson.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task NestingWithinTheCap_IsAccepted()
    {
        var (tenant, hris) = Tenant(Simulator.Host);
        var nested = string.Concat(Enumerable.Repeat("[", KomboJson.MaxDepth - 2)) + string.Concat(Enumerable.Repeat("]", KomboJson.MaxDepth - 2));

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", $$"""{"first_name":"Ada","last_name":"L","start_date":"2027-01-01","remote_fields":{{nested}}}""");

        body["status"]!.GetValue<string>().Should().Be("success");
    }

    [Test]
    public async Task UrlOverTheLimit_AnswersUriTooLong()
    {
        var (tenant, hris) = Tenant(_small);

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees?ids=" + new string('x', 3000), HttpStatusCode.RequestUriTooLong);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("Limits:MaxUrlLength");
    }

    [Test]
    public async Task TooManyHeaders_AnswersHeaderFieldsTooLarge()
    {
        var (tenant, hris) = Tenant(_small);
        var client = tenant.Client(hris.IntegrationId);
        for (var i = 0; i < 50; i++)
        {
            client.DefaultRequestHeaders.Add($"X-Extra-{i}", "1");
        }

        var body = await client.GetJson("/v1/hris/employees", HttpStatusCode.RequestHeaderFieldsTooLarge);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("Limits:MaxRequestHeaderCount");
    }

    [Test]
    public async Task HugeHeader_AnswersHeaderFieldsTooLargeWithoutChangingAnything()
    {
        var (tenant, hris) = Tenant(_small);
        var before = tenant.State(hris.IntegrationId);
        var client = tenant.Client(hris.IntegrationId);
        client.DefaultRequestHeaders.Add("X-Huge", new string('h', 9000));

        var body = await client.PostJson("/v1/hris/employees", new { first_name = "Ada", last_name = "L", start_date = "2027-01-01" }, HttpStatusCode.RequestHeaderFieldsTooLarge);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }

    private static (Tenant Tenant, HrisBuilder Hris) Tenant(SimulatorHost host) => host.CreateHrisTenant();
}

/// <summary>
/// The limits over a real Kestrel socket: the simulator's envelopes where it can answer, and Kestrel's own clean
/// 4xx (never a 5xx, never a hang) for requests beyond what Kestrel reads at all.
/// </summary>
public class KestrelLimitsTests
{
    private SimulatorHost _host = null!;
    private Uri _address = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _host = new SimulatorHost(settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Limits:MaxRequestBodyBytes"] = "4096",
        });
        _host.UseKestrel(0);
        _host.StartServer();
        var addresses = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _address = new Uri(addresses.First());
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [TestCase(true)]
    [TestCase(false)]
    public async Task BodyOverTheLimit_AnswersPayloadTooLargeInTheEnvelope(bool declared)
    {
        var (client, state) = Tenant();
        var bytes = Encoding.UTF8.GetBytes("{\"first_name\":\"" + new string('a', 8192) + "\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/hris/employees");
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = !declared;

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge, text);
        ContractSchemas.CheckError("PostHrisEmployees", text).Should().BeEmpty();
        JsonNode.Parse(text)!.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        state().Should().BeTrue("the rejected write changed nothing");
    }

    [Test]
    public async Task HeadersBetweenTheSimulatorsAndKestrelsLimits_AnswerInTheEnvelope()
    {
        var (client, _) = Tenant();
        client.DefaultRequestHeaders.Add("X-Huge", new string('h', 40 * 1024));

        using var response = await client.GetAsync("/v1/hris/employees");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.RequestHeaderFieldsTooLarge);
        JsonNode.Parse(text)!.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }

    [TestCase("headers")]
    [TestCase("url")]
    [TestCase("nul")]
    public async Task RequestsKestrelRefusesItself_AnswerACleanClientError(string kind)
    {
        var (client, _) = Tenant();
        var url = kind switch
        {
            "url" => "/v1/hris/employees?ids=" + new string('x', 40 * 1024),
            "nul" => "/v1/hris/employees/%00",
            _ => "/v1/hris/employees",
        };
        if (kind == "headers")
        {
            client.DefaultRequestHeaders.Add("X-Huge", new string('h', 100 * 1024));
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var response = await client.GetAsync(url, timeout.Token);

        ((int)response.StatusCode).Should().BeInRange(400, 499);
    }

    [Test]
    public async Task GarbageOnTheSocket_AnswersBadRequestWithoutHanging()
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(_address.Host, _address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /v1/check-api-key HTTP/1.1\r\nHost: x\r\n\u0001 no colon here\r\n\r\n"));
        var buffer = new byte[1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var read = await stream.ReadAsync(buffer, timeout.Token);

        Encoding.ASCII.GetString(buffer, 0, read).Should().StartWith("HTTP/1.1 400");
    }

    /// <summary>A tenant on the Kestrel host, a real socket client for it and a check that its data did not change.</summary>
    private (HttpClient Client, Func<bool> Unchanged) Tenant()
    {
        var builder = new TenantBuilder();
        var hris = builder.Hris();
        var tenant = builder.Build(_host);
        var before = tenant.State(hris.IntegrationId);
        var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.Environment.ApiKey);
        client.DefaultRequestHeaders.Add("X-Integration-Id", hris.IntegrationId);
        return (client, () => ReferenceEquals(tenant.State(hris.IntegrationId), before));
    }
}
