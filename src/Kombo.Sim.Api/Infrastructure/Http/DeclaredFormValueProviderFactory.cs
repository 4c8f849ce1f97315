using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// Wraps MVC's form value-provider factories so they only look at a request whose Content-Type names a form. Kombo's
/// bodies are JSON; only the Connect pages post forms. MVC's factories ask every request whether it has a form body,
/// which creates a form feature and parses the Content-Type each time; this asks the header's text first.
/// </summary>
public sealed class DeclaredFormValueProviderFactory(IValueProviderFactory inner) : IValueProviderFactory
{
    public Task CreateValueProviderAsync(ValueProviderFactoryContext context) =>
        MayDeclareForm(context.ActionContext.HttpContext.Request.ContentType) ? inner.CreateValueProviderAsync(context) : Task.CompletedTask;

    /// <summary>
    /// True for every Content-Type ASP.NET reads as a form (<c>HasFormContentType</c>), and false for JSON, none and the
    /// rest of what Kombo's clients send. A value it lets through is still decided by the wrapped factory.
    /// </summary>
    public static bool MayDeclareForm(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var type = contentType.AsSpan().TrimStart();
        return type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);
    }
}
