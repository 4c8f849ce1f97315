using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.General.Passthrough.Native;

/// <summary>
/// A tool API the simulator answers from the integration's own records, in the tool's native shape. Requests are
/// routed by method and path template (<c>/candidates/{id}</c>); a GET that matches no route answers the tool's 404,
/// and anything else that matches none returns null: the caller echoes it.
/// </summary>
public abstract class NativeApi
{
    private readonly List<Route> _routes = [];

    /// <summary>The <c>{tool}/{api}</c> of Kombo's passthrough table this API serves.</summary>
    public abstract string ToolApi { get; }

    /// <summary>The tool's answer, or null when the request is not one this API models.</summary>
    public UpstreamResponse? Answer(UpstreamRequest request, IntegrationState state)
    {
        var segments = Segments(request.Path);
        foreach (var route in _routes)
        {
            if (route.Method == request.Method && route.TryMatch(segments, out var values))
            {
                return route.Handle(new NativeCall(request, state, values));
            }
        }

        return request.Method == "GET" ? NotFound(request) : null;
    }

    /// <summary>The tool's 404 for a path it does not know (or a record it does not have).</summary>
    protected abstract UpstreamResponse NotFound(UpstreamRequest request);

    /// <summary>The live record whose remote id is the path's <c>{id}</c>, rendered; else the tool's 404.</summary>
    protected UpstreamResponse One<T>(NativeCall call, Table<T> table, Func<T, JsonNode> render)
        where T : class, IRecord =>
        table.FindByRemoteId(call["id"]) is { RemoteDeletedAt: null } record ? UpstreamResponse.Ok(render(record)) : NotFound(call.Request);

    protected void Get(string template, Func<NativeCall, UpstreamResponse> handle) => _routes.Add(new Route("GET", Segments(template), handle));

    protected void Post(string template, Func<NativeCall, UpstreamResponse> handle) => _routes.Add(new Route("POST", Segments(template), handle));

    private static string[] Segments(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private sealed record Route(string Method, string[] Template, Func<NativeCall, UpstreamResponse> Handle)
    {
        public bool TryMatch(string[] segments, out IReadOnlyDictionary<string, string> values)
        {
            values = FrozenDictionary<string, string>.Empty;
            if (segments.Length != Template.Length)
            {
                return false;
            }

            var found = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Template.Length; i++)
            {
                if (Template[i] is ['{', .. var name, '}'])
                {
                    found[name] = segments[i];
                }
                else if (Template[i] != segments[i])
                {
                    return false;
                }
            }

            values = found;
            return true;
        }
    }
}

/// <summary>One routed request: the request, one consistent snapshot of the integration and the path's values.</summary>
public sealed record NativeCall(UpstreamRequest Request, IntegrationState State, IReadOnlyDictionary<string, string> Values)
{
    public string this[string name] => Values[name];
}

/// <summary>The tools whose APIs the simulator models, by <c>{tool}/{api}</c>.</summary>
public static class NativeApis
{
    private static readonly FrozenDictionary<string, NativeApi> ByToolApi =
        new NativeApi[] { new PersonioPersonnelApi(), new HiBobApi(), new GreenhouseHarvestApi(), new JazzHrApi() }
            .ToFrozenDictionary(api => api.ToolApi, StringComparer.Ordinal);

    public static NativeApi? Find(string toolApi) => ByToolApi.GetValueOrDefault(toolApi);
}
