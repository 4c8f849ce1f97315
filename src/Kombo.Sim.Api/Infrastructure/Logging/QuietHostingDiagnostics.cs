using Microsoft.Extensions.Logging.Abstractions;

namespace Kombo.Sim.Api.Infrastructure.Logging;

/// <summary>
/// Silences ASP.NET's per-request hosting logger (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>). Whenever that logger
/// is enabled at any level, the host creates an <c>Activity</c> and a log scope for every request, and Serilog cannot
/// switch a category off completely (its lowest setting still enables Critical). Its only output is the
/// "Request starting/finished" lines, which the simulator's own request log (Serilog's request logging) replaces; the
/// scope's RequestId, RequestPath and ConnectionId come from <see cref="RequestEnricher"/> instead (ADR 15).
/// An ActivitySource or DiagnosticListener subscriber (OpenTelemetry, for one) still gets its activity.
/// </summary>
public static class QuietHostingDiagnostics
{
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Wraps the last registered <see cref="ILoggerFactory"/> (Serilog's) so the hosting category gets a null logger.</summary>
    public static IServiceCollection AddQuietHostingDiagnostics(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(ILoggerFactory) && !descriptor.IsKeyedService);
        if (registered is null)
        {
            return services;
        }

        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(provider => registered switch
        {
            { ImplementationInstance: ILoggerFactory instance } => new Factory(instance, ownsInner: false),
            { ImplementationFactory: { } create } => new Factory((ILoggerFactory)create(provider), ownsInner: true),
            _ => new Factory((ILoggerFactory)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!), ownsInner: true),
        });
        return services;
    }

    private sealed class Factory(ILoggerFactory inner, bool ownsInner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) =>
            string.Equals(categoryName, Category, StringComparison.Ordinal) ? NullLogger.Instance : inner.CreateLogger(categoryName);

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose()
        {
            if (ownsInner)
            {
                inner.Dispose();
            }
        }
    }
}
