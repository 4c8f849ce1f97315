using System.Collections.Concurrent;
using System.Text.Json;
using FluentValidation;

namespace Kombo.Sim.Api.Infrastructure;

/// <summary>FluentValidation settings shared by the application and the validator tests.</summary>
public static class ValidationConfiguration
{
    /// <summary>Validation messages name fields as Kombo's JSON does: <c>candidate.first_name</c>, not <c>Candidate.FirstName</c>.</summary>
    public static void UseKomboFieldNames()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : SnakeCase(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : SnakeCase(member.Name);
    }

    // FluentValidation resolves the names of every rule it runs, on every request; members are few, so each is converted once.
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);

    private static string SnakeCase(string name) => Names.GetOrAdd(name, static member => JsonNamingPolicy.SnakeCaseLower.ConvertName(member));
}
