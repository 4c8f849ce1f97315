using FluentValidation.Results;

namespace Kombo.Sim.Api.Infrastructure.Errors;

/// <summary>Turns validation failures into one Kombo message that names every bad field.</summary>
public static class ValidationMessages
{
    public static string Describe(IEnumerable<ValidationFailure> failures)
    {
        var parts = failures
            .Select(f => string.IsNullOrEmpty(f.PropertyName) || f.ErrorMessage.Contains(f.PropertyName, StringComparison.Ordinal)
                ? f.ErrorMessage
                : $"{f.PropertyName}: {f.ErrorMessage}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return parts.Count == 0 ? "The request is invalid." : "Invalid request. " + string.Join("; ", parts);
    }
}
