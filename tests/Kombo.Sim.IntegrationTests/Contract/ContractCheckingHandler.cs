namespace Kombo.Sim.IntegrationTests.Contract;

/// <summary>
/// Checks every /v1 response that passes through a test client against Kombo's schema for its operation:
/// success bodies against the operation's 200 schema, errors against its error envelope. A violation fails the
/// test that made the call, so every test is also a contract test.
/// </summary>
public sealed class ContractCheckingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var operation = ContractSchemas.Match(request.Method, path);
        var problems = response.IsSuccessStatusCode && operation is not null
            ? ContractSchemas.CheckSuccess(operation.OperationId, body)
            : ContractSchemas.CheckError(operation?.OperationId, body);
        if (problems.Count > 0)
        {
            throw new AssertionException(
                $"{request.Method} {path} answered {(int)response.StatusCode} with a body that breaks Kombo's schema " +
                $"({operation?.OperationId ?? "unknown route"}):\n  {string.Join("\n  ", problems)}\nBody: {Truncate(body)}");
        }

        return response;
    }

    private static string Truncate(string body) => body.Length > 2000 ? body[..2000] + "…" : body;
}
