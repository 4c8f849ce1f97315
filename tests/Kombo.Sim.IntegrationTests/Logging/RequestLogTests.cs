using System.Collections.Concurrent;
using System.Net;
using Kombo.Sim.Api.Infrastructure.Logging;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace Kombo.Sim.IntegrationTests.Logging;

/// <summary>
/// ASP.NET's per-request hosting logger is switched off (its activity and log scope cost every request), so events
/// written during a request get the scope's RequestId, RequestPath and ConnectionId from the simulator's enricher.
/// </summary>
public class RequestLogTests
{
    private readonly CapturingSink _sink = new();
    private SimulatorHost _host = null!;

    [OneTimeSetUp]
    public void Start() => _host = new SimulatorHost(
        services => services.AddSingleton<ILogEventSink>(_sink),
        new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task RequestLogLine_CarriesTheRequestIdAndConnectionOfItsRequest()
    {
        var (tenant, hris) = _host.CreateHrisTenant();

        await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees?page_size=1", HttpStatusCode.OK);

        var line = await _sink.Single(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && Scalar(e, "RequestPath") == "/v1/hris/employees" && Scalar(e, "IntegrationId") == hris.IntegrationId);
        Scalar(line, "RequestId").Should().NotBeNullOrEmpty();
        line.Properties.Should().ContainKey("ConnectionId");
    }

    [Test]
    public async Task RequestLogLine_GoesToItsOwnHostsLogger_WhenAnotherHostWasStartedLater()
    {
        // Serilog keeps one static logger per process, and every host that starts replaces it; a request log written
        // to the static logger would land in whichever host started last (many hosts share a test process).
        using var later = new SimulatorHost(settings: new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Information" });
        _ = later.Services;
        var (tenant, hris) = _host.CreateHrisTenant();

        await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees?page_size=2", HttpStatusCode.OK);

        var line = await _sink.Single(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && Scalar(e, "IntegrationId") == hris.IntegrationId);
        Scalar(line, "RequestPath").Should().Be("/v1/hris/employees");
    }

    [Test]
    public async Task RequestLogLine_KeepsItsProperties_WhenAnotherHostHasStopped()
    {
        // A host that stops closes its logger; had it been Serilog's static logger, which the request log's diagnostic
        // context binds its properties with, every other host's request log would lose IntegrationId and ErrorCode.
        using (var stopped = new SimulatorHost())
        {
            _ = stopped.Services;
        }

        var (tenant, hris) = _host.CreateHrisTenant();

        await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees?page_size=3", HttpStatusCode.OK);

        var line = await _sink.Single(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && Scalar(e, "IntegrationId") == hris.IntegrationId);
        Scalar(line, "ErrorCode").Should().BeEmpty();
    }

    [Test]
    public void HostingDiagnosticsLogger_IsOffWhileOtherCategoriesLog()
    {
        var factory = _host.Services.GetRequiredService<ILoggerFactory>();

        factory.CreateLogger(QuietHostingDiagnostics.Category).IsEnabled(LogLevel.Critical).Should().BeFalse();
        factory.CreateLogger("Kombo.Sim.Api.Anything").IsEnabled(LogLevel.Information).Should().BeTrue();
    }

    private static string? Scalar(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: var scalar } ? scalar?.ToString() : null;

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyList<LogEvent> Events => [.. _events];

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        /// <summary>
        /// The one event matching <paramref name="match"/>, waiting up to 5 s for it: the request log line is written
        /// when the pipeline returns, which can be after the client has read the whole answer.
        /// </summary>
        public async Task<LogEvent> Single(Func<LogEvent, bool> match)
        {
            for (var waited = 0; waited < 5000 && !Events.Any(match); waited += 10)
            {
                await Task.Delay(10);
            }

            var events = Events;
            events.Where(match).Should().ContainSingle(
                "one request log line matches; the host logged: {0}",
                string.Join(" | ", events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))));
            return events.Single(match);
        }
    }
}
