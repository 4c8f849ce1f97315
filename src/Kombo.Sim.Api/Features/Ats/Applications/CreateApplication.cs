using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>POST /ats/jobs/{job_id}/applications: creates an application (and, if new, its candidate) for an open job.</summary>
public static class CreateApplication
{
    public sealed record Command : ApplicationIntakeBody, IRequest<Written<ApplicationCreatedModel>>
    {
        /// <summary>Kombo id or <c>remote:&lt;remote id&gt;</c>.</summary>
        [JsonIgnore]
        public string JobId { get; init; } = "";

        /// <summary>A stage of the job; the job's first stage when left out.</summary>
        public string? StageId { get; init; }
    }

    internal sealed class Validator : ApplicationIntakeValidator<Command>
    {
        public Validator() => RuleFor(c => c.JobId).NotEmpty();
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<ApplicationCreatedModel>>
    {
        public Task<Written<ApplicationCreatedModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var placement = new Placement(command.JobId, command.StageId, JobFromPath: true);
            var source = ApplicationIntake.DefaultSource(world, command.Integration);
            var result = world.Store(command.Integration).Write(state => ApplicationIntake.Create(state, command, placement, source, now));
            var model = ApplicationProjection.ToCreatedModel(mapper, result.Ats, result.Application);
            return Task.FromResult(new Written<ApplicationCreatedModel>(model, result.Warnings));
        }
    }
}
