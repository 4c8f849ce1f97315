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

        var line = _sink.Events.Single(e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && Scalar(e, "RequestPath") == "/v1/hris/employees" && Scalar(e, "IntegrationId") == hris.IntegrationId);
        Scalar(line, "RequestId").Should().NotBeNullOrEmpty();
        line.Properties.Should().ContainKey("ConnectionId");
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
    }
}
