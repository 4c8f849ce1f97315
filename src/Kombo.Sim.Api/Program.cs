using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.Api.Infrastructure.Logging;
using Serilog;

// The services are registered by scanning this assembly's types (handlers, validators, profiles); loading them takes
// ~30 ms, done here on the thread pool while the host builder is created on this thread (start-up time).
_ = Task.Run(() => typeof(Program).Assembly.GetTypes());

// The simulator does not reload appsettings files when they change: the watcher behind reloading watches the content
// root recursively (a repository checkout: hundreds of folders), which costs start-up ~40 ms. An argument
// --hostBuilder:reloadConfigOnChange=true given to the simulator comes later and turns it back on.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);
builder.Configuration.AddEnvironmentVariables(prefix: "KOMBOSIM__");
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["Kestrel:Endpoints:Http:Url"]))
{
    builder.WebHost.UseUrls(StartupBanner.DefaultUrl);
}

// The Serilog assemblies the simulator ships are named, so reading the configuration does not search the dependency
// manifest and the application folder for them (start-up time); sinks and enrichers named in configuration still resolve.
var serilogAssemblies = new Serilog.Settings.Configuration.ConfigurationReaderOptions(
    typeof(Log).Assembly,
    typeof(ConsoleLoggerConfigurationExtensions).Assembly,
    typeof(FileLoggerConfigurationExtensions).Assembly,
    typeof(LoggerSinkConfigurationDebugExtensions).Assembly,
    typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly,
    typeof(SerilogHostBuilderExtensions).Assembly,
    typeof(SerilogApplicationBuilderExtensions).Assembly);
// Each host keeps its own logger (preserveStaticLogger): its logger factory and the request log's diagnostic context
// then use it, not Serilog's static logger, which the last host to start replaces and any host that stops silences
// (hosts in one process, as in the tests, would otherwise log into each other or drop the request log's properties).
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration, serilogAssemblies)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .Enrich.With(new RequestEnricher(services.GetRequiredService<IHttpContextAccessor>()))
        .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
    preserveStaticLogger: true);
builder.Services.AddQuietHostingDiagnostics();
builder.Services.AddKomboSimulator(builder.Configuration);
builder.Host.UseServiceProviderFactory(EarlyStartServiceProviderFactory.For);

var app = builder.Build();
app.UseKomboSimulator();
StartupBanner.Register(app);
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
