using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Features.Ats.Applications;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Candidates;

/// <summary>
/// POST /ats/candidates (deprecated by Kombo in favour of POST /ats/jobs/{job_id}/applications): the same write,
/// answering with the candidate.
/// </summary>
public static class CreateCandidate
{
    public sealed record Command : ApplicationIntakeBody, IRequest<Written<CandidateModel>>
    {
        public ApplicationPlacementInput? Application { get; init; }
    }

    public sealed record ApplicationPlacementInput
    {
        /// <summary>Kombo id or <c>remote:&lt;remote id&gt;</c>.</summary>
        public string? JobId { get; init; }

        public string? StageId { get; init; }
    }

    internal sealed class Validator : ApplicationIntakeValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Application).NotNull();
            RuleFor(c => c.Application!.JobId).NotEmpty().When(c => c.Application is not null).OverridePropertyName("application.job_id");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<CandidateModel>>
    {
        public Task<Written<CandidateModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var placement = new Placement(command.Application!.JobId!, command.Application.StageId, JobFromPath: false);
            var source = ApplicationIntake.DefaultSource(world, command.Integration);
            var result = world.Store(command.Integration).Write(state => ApplicationIntake.Create(state, command, placement, source, now));
            var candidate = result.Ats.Candidates.Find(result.Application.CandidateId)!;
            return Task.FromResult(new Written<CandidateModel>(CandidateProjection.ToModel(mapper, result.Ats, candidate), result.Warnings));
        }
    }
}
