namespace Kombo.Sim.Api.Infrastructure;

/// <summary>
/// The pipeline's first middleware. The seed loads in the background while the host starts (<see cref="WorldInitializer"/>),
/// so a request can arrive before the world exists: it waits for the load and is then served as usual, never answered
/// from a half-loaded world or with a wrong 401. If the load fails, the request fails with the seed's error (and the host
/// stops with the seed's message). Once the world is loaded, a request passes straight through.
/// </summary>
internal static class SeedGate
{
    public static Func<RequestDelegate, RequestDelegate> For(Task loading) =>
        next => context => loading.IsCompletedSuccessfully ? next(context) : AfterLoading(loading, next, context);

    private static async Task AfterLoading(Task loading, RequestDelegate next, HttpContext context)
    {
        await loading;
        await next(context);
    }
}
