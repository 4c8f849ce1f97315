using System.Globalization;
using FluentValidation;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Features.General.Syncs;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Explorer;
using Kombo.Sim.Api.Infrastructure.Faults;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Journal;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.Infrastructure.Mediator;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.Seeding.Generation;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kombo.Sim.Api.Infrastructure;

public static class SimulatorServices
{
    public static IServiceCollection AddKomboSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = typeof(SimulatorServices).Assembly;

        services.AddControllers(options =>
            {
                options.AllowEmptyInputInBodyModelBinding = true;

                // Kombo's parameters are plain names; jQuery's a[b] keys are never used, and their parser throws on
                // a key with an unbalanced bracket (a form body or query of "a[b=1" would answer 500).
                foreach (var jQuery in options.ValueProviderFactories.Where(f => f is Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory
                             or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryQueryStringValueProviderFactory).ToList())
                {
                    options.ValueProviderFactories.Remove(jQuery);
                }

                for (var i = 0; i < options.ValueProviderFactories.Count; i++)
                {
                    if (options.ValueProviderFactories[i] is Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory
                        or Microsoft.AspNetCore.Mvc.ModelBinding.FormFileValueProviderFactory)
                    {
                        options.ValueProviderFactories[i] = new DeclaredFormValueProviderFactory(options.ValueProviderFactories[i]);
                    }
                }

                // FluentValidation validates every request; MVC only reports binding failures.
                options.ModelValidatorProviders.Clear();
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddJsonOptions(options => KomboJson.Configure(options.JsonSerializerOptions))
            .ConfigureApiBehaviorOptions(options =>
            {
                options.InvalidModelStateResponseFactory = ModelStateErrors.Respond;

                // Bodiless client errors (415, 405) get Kombo's envelope from the status-code page, not ProblemDetails.
                options.SuppressMapClientErrors = true;
            });
        services.ConfigureHttpJsonOptions(options => KomboJson.Configure(options.SerializerOptions));
        services.PostConfigure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc =>
        {
            var formatters = mvc.InputFormatters;
            for (var i = 0; i < formatters.Count; i++)
            {
                if (formatters[i] is Microsoft.AspNetCore.Mvc.Formatters.SystemTextJsonInputFormatter inner)
                {
                    formatters[i] = new KomboJsonInputFormatter(inner);
                }
            }
        });
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ModelBinding.Validation.IObjectModelValidator, BindingOnlyModelValidator>();

        services.AddKomboMediator(assembly);
        // Validators hold no per-request state: built once, not on every request (building one compiles its rules).
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        ValidationConfiguration.UseKomboFieldNames();
        services.AddAutoMapper(MappingConfiguration.Configure, assembly);

        // AutoMapper registers a new mapper per resolution, for value resolvers taken from a request's services; the
        // simulator's maps have none, and the mapper is thread-safe, so the handlers share one.
        services.Replace(ServiceDescriptor.Singleton<AutoMapper.IMapper>(sp => new AutoMapper.Mapper(sp.GetRequiredService<AutoMapper.IConfigurationProvider>(), sp.GetService)));

        services.AddExceptionHandler<KomboExceptionHandler>();
        services.Configure<RequestLimitsOptions>(configuration.GetSection(RequestLimitsOptions.Section));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitsOptions>>((kestrel, limits) => ServerLimits(kestrel.Limits, limits.Value));
        services.AddOptions<IISServerOptions>().Configure<IOptions<RequestLimitsOptions>>((iis, limits) => iis.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        services.AddOptions<FormOptions>().Configure<IOptions<RequestLimitsOptions>>((form, limits) => form.MultipartBodyLengthLimit = limits.Value.MaxRequestBodyBytes);

        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.Configure<ClockOptions>(configuration.GetSection(ClockOptions.Section));
        // The embedded catalogs are parsed on the thread pool while the host is still being configured (start-up time).
        var operations = Task.Run(OperationCatalog.Load);
        var tools = Task.Run(ToolCatalog.Load);
        services.AddSingleton(_ => operations.GetAwaiter().GetResult());
        services.AddSingleton(_ => tools.GetAwaiter().GetResult());
        services.AddSingleton<Coverage>();
        // The seed import is hand-written (ADR 3): no AutoMapper configuration while the seed loads.
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<SeedExporter>();
        services.AddKomboGenerator(configuration);
        services.AddSingleton(sp => LoadSeed(sp));
        // Kestrel resolves the TimeProvider while the host is built; the seed's clock is read on the clock's first reading.
        services.AddSingleton(sp => CreateClock(sp.GetRequiredService<IOptions<ClockOptions>>().Value, () => sp.GetRequiredService<SeedWorld>()));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<SimClock>());
        services.AddSingleton<World>();
        services.Configure<JournalOptions>(configuration.GetSection(JournalOptions.Section));
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<FaultRegistry>();
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<Sequences>();
        services.AddSingleton<TimePassage>();
        services.AddHttpContextAccessor();
        services.AddSingleton<WorldInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<WorldInitializer>());
        services.AddSingleton<FirstRequestWarmup>();
        services.AddKomboWebhooks(configuration);
        services.AddKomboApiExplorer();
        services.Configure<ControlPlaneOptions>(configuration.GetSection(ControlPlaneOptions.Section));
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.Configure<SyncOptions>(configuration.GetSection(SyncOptions.Section));
        services.AddSingleton<SyncRunner>();
        services.AddHostedService<SyncTicker>();
        services.AddSingleton<Features.Connect.ConnectFlow>();
        services.AddSingleton<Features.Admin.Clock.ClockEffects>();
        return services;
    }

    /// <summary>
    /// Kestrel enforces the body limit itself as well; its header and request-line limits sit at twice the simulator's, so
    /// requests between the two get Kombo's envelope from <see cref="RequestLimitsMiddleware"/> and only grossly oversized
    /// ones Kestrel's bare 431/414.
    /// </summary>
    private static void ServerLimits(KestrelServerLimits kestrel, RequestLimitsOptions limits)
    {
        kestrel.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        kestrel.MaxRequestHeaderCount = limits.MaxRequestHeaderCount * 2;
        kestrel.MaxRequestHeadersTotalSize = limits.MaxRequestHeadersTotalBytes * 2;
        kestrel.MaxRequestLineSize = limits.MaxUrlLength * 2;
    }

    /// <summary>The seed folder: absolute, or relative to the application's folder (the build copies seed-data there).</summary>
    public static string SeedFolder(SeedOptions options) =>
        System.IO.Path.IsPathRooted(options.Path) ? options.Path : System.IO.Path.Combine(AppContext.BaseDirectory, options.Path);

    /// <summary>The seed folder's world with the configured generated data (see <see cref="SeedGeneration"/>).</summary>
    private static SeedWorld LoadSeed(IServiceProvider services)
    {
        var seed = services.GetRequiredService<SeedLoader>().Load(SeedFolder(services.GetRequiredService<IOptions<SeedOptions>>().Value));
        var start = ClockStart(services.GetRequiredService<IOptions<ClockOptions>>().Value, seed);
        return services.GetRequiredService<SeedGeneration>().Apply(seed, start);
    }

    /// <summary>The clock's starting instant: <c>Clock:Start</c>, or the seed's clock.</summary>
    private static DateTimeOffset ClockStart(ClockOptions options, SeedWorld seed) =>
        string.IsNullOrEmpty(options.Start) ? seed.Clock : ConfiguredStart(options.Start);

    private static DateTimeOffset ConfiguredStart(string start) => start switch
    {
        "now" => TimeProvider.System.GetUtcNow(),
        _ when DateTimeOffset.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) => instant,
        _ => throw new InvalidOperationException($"Clock:Start \"{start}\" is neither an ISO-8601 instant nor \"now\"."),
    };

    /// <summary>A configured start is read now (a bad one stops the start); the seed's clock once the seed is loaded.</summary>
    private static SimClock CreateClock(ClockOptions options, Func<SeedWorld> seed)
    {
        var frozen = !string.Equals(options.Mode, "Running", StringComparison.OrdinalIgnoreCase);
        return string.IsNullOrEmpty(options.Start)
            ? new SimClock(() => seed().Clock, frozen)
            : new SimClock(ConfiguredStart(options.Start), frozen);
    }
}

/// <summary>
/// Loads the seed into the world in the background from <see cref="Start"/> (called as soon as the service provider exists,
/// see <see cref="EarlyStartServiceProviderFactory"/>, else when the host starts), so the host and Kestrel start meanwhile.
/// Requests wait for it (<see cref="SeedGate"/>, the pipeline's first middleware), and so does the end of the host's start
/// (<see cref="StartedAsync"/>): a bad seed still stops the start with the seed's message.
/// </summary>
internal sealed class WorldInitializer(World world, IServiceProvider services) : IHostedLifecycleService
{
    // Its own thread: the thread pool's few threads are busy at start-up.
    private readonly Lazy<Task> _loading = new(() => Task.Factory.StartNew(
        () => Load(world, services), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));

    /// <summary>The seed's load into the world (started by the first call).</summary>
    public Task Loading => _loading.Value;

    public void Start() => _ = _loading.Value;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Loading;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Loads the world. AutoMapper's configuration is not built here: the first request that maps an answer builds it
    /// (about 100 ms, once), so start-up's two cores are not shared with it while the first request is served (ADR 15).
    /// </summary>
    private static void Load(World world, IServiceProvider services)
    {
        world.Load(services.GetRequiredService<SeedWorld>().Layout);
        CompactLargeWorld();
    }

    /// <summary>Above this much managed memory after loading, the world is compacted once (see <see cref="CompactLargeWorld"/>).</summary>
    private const long LargeWorldBytes = 256L * 1024 * 1024;

    /// <summary>
    /// A generated world (hundreds of thousands of records) is built once, at start-up, together with as much garbage
    /// (the generator's and the parser's). Left alone, the records sit in the young generations and the garbage in
    /// fragmented regions, and the first minutes under load promote, fragment and grow the heap by hundreds of MB
    /// (measured: 1.1 to 1.7 GB in 2 minutes with 100,000 employees). One full compacting collection here moves the
    /// world into the old generation in one piece, so later collections only see the short-lived garbage of requests.
    /// Skipped for small worlds such as the default seed, where there is nothing to gain.
    /// </summary>
    private static void CompactLargeWorld()
    {
        if (GC.GetTotalMemory(forceFullCollection: false) < LargeWorldBytes)
        {
            return;
        }

        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
