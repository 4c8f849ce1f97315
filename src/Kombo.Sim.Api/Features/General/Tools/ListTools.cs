using FluentValidation;
using Kombo.Sim.Api.Catalog;
using MediatR;

namespace Kombo.Sim.Api.Features.General.Tools;

/// <summary>GET /tools/{category}: the tools available for a category, with what each covers.</summary>
public static class ListTools
{
    public static readonly string[] Categories = ["hris", "ats", "assessment"];

    public sealed record Query(string Category) : IRequest<Result>;

    public sealed record Result(IReadOnlyList<ToolModel> Tools);

    public sealed record ToolModel(
        string Id,
        string Label,
        string? InternalLabel,
        ToolAssets Assets,
        string? PaidApiDetailsMarkdown,
        string? FastTrackDetailsMarkdown,
        string? PartnerOnlyDetailsMarkdown,
        string? ConnectionGuideUrl,
        ToolCoverageModel Coverage);

    public sealed record ToolCoverageModel(
        IReadOnlyList<CoverageItem> ReadModels,
        IReadOnlyList<CoverageItem> WriteActions,
        IReadOnlyList<FeatureItem> Features);

    public sealed record CoverageItem(string Id, string Label, string CoverageStatus, IReadOnlyList<FieldItem> Fields);

    public sealed record FieldItem(string Id, string CoverageStatus);

    public sealed record FeatureItem(string Id, string Label, string CoverageStatus);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Category).Must(c => Categories.Contains(c))
                .WithMessage("category must be one of hris, ats, assessment.");
    }

    internal sealed class Handler(ToolCatalog tools, Coverage coverage) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query request, CancellationToken cancellationToken)
        {
            var category = request.Category.ToUpperInvariant();
            var result = tools.All
                .Where(t => t.Categories.Contains(category))
                .Select(t => new ToolModel(
                    t.Id, t.Label, t.InternalLabel, t.Assets, null, null, null, t.ConnectionGuideUrl,
                    new ToolCoverageModel(
                        coverage.ReadModels(t.Id, category).Select(r => new CoverageItem(r.Model.Id, r.Model.Label, Coverage.Status(r.Supported), [])).ToList(),
                        coverage.WriteActions(t.Id, category).Select(w => new CoverageItem(w.Action.Id, w.Action.Label, Coverage.Status(w.Supported), [])).ToList(),
                        [])))
                .ToList();
            return Task.FromResult(new Result(result));
        }
    }
}
