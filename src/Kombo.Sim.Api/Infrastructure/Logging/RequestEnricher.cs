using Serilog.Core;
using Serilog.Events;

namespace Kombo.Sim.Api.Infrastructure.Logging;

/// <summary>
/// Adds <c>RequestId</c>, <c>RequestPath</c> and <c>ConnectionId</c> to an event written during a request: the properties
/// ASP.NET's hosting log scope gave them before that scope was switched off (<see cref="QuietHostingDiagnostics"/>).
/// Works only when an event is written, not on every request.
/// </summary>
public sealed class RequestEnricher(IHttpContextAccessor accessor) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (accessor.HttpContext is not { } context)
        {
            return;
        }

        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RequestId", context.TraceIdentifier));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("RequestPath", context.Request.Path.Value));
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("ConnectionId", context.Connection.Id));
    }
}
