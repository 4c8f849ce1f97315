namespace Kombo.Sim.Api.Features.Assessment.Packages;

/// <summary><c>data</c> of GET /assessment/packages: the current set, not paginated.</summary>
public sealed class PackagesModel
{
    public IReadOnlyList<PackageModel> Packages { get; set; } = [];
}

/// <summary>A package as GET /assessment/packages shows it (also the shape of a seed's <c>packages.json</c>).</summary>
public sealed class PackageModel
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? Type { get; set; }
}

/// <summary>A package in the body of PUT /assessment/packages.</summary>
public sealed record PackageInput
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }
}
