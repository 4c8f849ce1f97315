using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Assessment.Packages;

/// <summary>
/// PUT /assessment/packages: the submitted list becomes the package set; packages submitted earlier but left out
/// now are marked deleted.
/// </summary>
public static class SetPackages
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        public IReadOnlyList<PackageInput>? Packages { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Packages).NotNull().WithMessage("packages is required (send [] to remove every package).");
            RuleForEach(c => c.Packages).NotNull().WithMessage("must be a package object.")
                .SetValidator(new PackageInputValidator());
            RuleFor(c => c.Packages).Custom((packages, context) =>
            {
                var repeated = (packages ?? []).Select(p => p?.Id).OfType<string>()
                    .GroupBy(id => id, StringComparer.Ordinal)
                    .Where(g => g.Count() > 1)
                    .Select(g => $"\"{g.Key}\"")
                    .ToList();
                if (repeated.Count > 0)
                {
                    var verb = repeated.Count == 1 ? "appears" : "appear";
                    context.AddFailure("packages", $"packages: package IDs must be unique, but {string.Join(", ", repeated)} {verb} more than once.");
                }
            });
        }
    }

    internal sealed class PackageInputValidator : AbstractValidator<PackageInput>
    {
        public PackageInputValidator()
        {
            RuleFor(p => p.Id).NotEmpty();
            RuleFor(p => p.Type).NotNull().Must(t => t is null || AssessmentRules.PackageTypes.Contains(t))
                .WithMessage($"must be one of {string.Join(", ", AssessmentRules.PackageTypes)}.");
            RuleFor(p => p.Name).NotNull();
            RuleFor(p => p.Description).NotNull();
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<Empty>>
    {
        public Task<Written<Empty>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var submitted = mapper.Map<List<PackageDefinition>>(command.Packages);
            world.Store(command.Integration).Write(state =>
                (state with { Assessment = state.Assessment.ReplacePackages(submitted, now) }, 0));
            return Task.FromResult(Written<Empty>.Clean(Empty.Instance));
        }
    }
}
