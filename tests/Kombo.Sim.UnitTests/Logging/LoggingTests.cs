using Kombo.Sim.Api.Infrastructure.Logging;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Kombo.Sim.UnitTests.Logging;

public class RequestEnricherTests
{
    [Test]
    public void EventDuringARequest_GetsItsRequestIdPathAndConnection()
    {
        var context = new DefaultHttpContext { TraceIdentifier = "0HN1:00000002" };
        context.Request.Path = "/v1/hris/employees";
        context.Connection.Id = "0HN1";
        var logEvent = Event();

        new RequestEnricher(new HttpContextAccessor { HttpContext = context }).Enrich(logEvent, new PropertyFactory());

        Scalar(logEvent, "RequestId").Should().Be("0HN1:00000002");
        Scalar(logEvent, "RequestPath").Should().Be("/v1/hris/employees");
        Scalar(logEvent, "ConnectionId").Should().Be("0HN1");
    }

    [Test]
    public void EventOutsideARequest_GetsNothing()
    {
        var logEvent = Event();

        new RequestEnricher(new HttpContextAccessor()).Enrich(logEvent, new PropertyFactory());

        logEvent.Properties.Should().BeEmpty();
    }

    [Test]
    public void PropertyTheEventAlreadyHas_IsKept()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/v1/hris/absences";
        var logEvent = Event(new LogEventProperty("RequestPath", new ScalarValue("/from/the/template")));

        new RequestEnricher(new HttpContextAccessor { HttpContext = context }).Enrich(logEvent, new PropertyFactory());

        Scalar(logEvent, "RequestPath").Should().Be("/from/the/template");
    }

    private static LogEvent Event(params LogEventProperty[] properties) =>
        new(DateTimeOffset.UnixEpoch, LogEventLevel.Warning, null, new MessageTemplateParser().Parse("test"), properties);

    private static object? Scalar(LogEvent logEvent, string name) =>
        logEvent.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value : null;

    private sealed class PropertyFactory : ILogEventPropertyFactory
    {
        public LogEventProperty CreateProperty(string name, object? value, bool destructureObjects = false) => new(name, new ScalarValue(value));
    }
}

public class QuietHostingDiagnosticsTests
{
    [Test]
    public void HostingCategory_IsDisabledAtEveryLevel_OtherCategoriesComeFromTheRegisteredFactory()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new AlwaysOnProvider()).SetMinimumLevel(LogLevel.Trace));
        services.AddQuietHostingDiagnostics();
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<ILoggerFactory>();

        Enum.GetValues<LogLevel>().Where(level => level != LogLevel.None)
            .Should().OnlyContain(level => !factory.CreateLogger(QuietHostingDiagnostics.Category).IsEnabled(level));
        factory.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics.Other").IsEnabled(LogLevel.Debug).Should().BeTrue();
        factory.CreateLogger("Kombo").IsEnabled(LogLevel.Trace).Should().BeTrue();
    }

    [Test]
    public void FactoryItBuilt_IsDisposedWithIt_FactoryItWasGiven_IsNot()
    {
        var built = new TrackingFactory();
        var given = new TrackingFactory();
        var withBuilt = new ServiceCollection().AddSingleton<ILoggerFactory>(_ => built).AddQuietHostingDiagnostics();
        var withGiven = new ServiceCollection().AddSingleton<ILoggerFactory>(given).AddQuietHostingDiagnostics();

        using (var provider = withBuilt.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>().Should().NotBeSameAs(built);
        }

        using (var provider = withGiven.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>().Should().NotBeSameAs(given);
        }

        built.Disposed.Should().BeTrue();
        given.Disposed.Should().BeFalse();
    }

    private sealed class AlwaysOnProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new On();

        public void Dispose()
        {
        }

        private sealed class On : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }

    private sealed class TrackingFactory : ILoggerFactory
    {
        public bool Disposed { get; private set; }

        public ILogger CreateLogger(string categoryName) => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose() => Disposed = true;
    }
}
