using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>PUT /ats/applications/{application_id}/stage: moves the application to another stage of its job.</summary>
public static class MoveApplicationToStage
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string ApplicationId { get; init; } = "";

        /// <summary>A stage of the application's job (<c>job.stages</c>), not of the deprecated global list.</summary>
        public string? StageId { get; init; }

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ApplicationId).NotEmpty();
            RuleFor(c => c.StageId).NotEmpty();
        }
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(Move(state, command, now));

        private static IntegrationState Move(IntegrationState state, Command command, DateTimeOffset now)
        {
            var application = AtsWrites.RequireApplication(state.Ats, command.ApplicationId);
            var job = application.JobId is { } jobId ? state.Ats.Jobs.Find(jobId) : null;
            if (job is null || PipelineRules.FindStage(job, command.StageId!) is null)
            {
                throw KomboException.InputInvalid(job is null
                    ? $"stage_id: the application {application.Id} belongs to no job, so it has no stages to move to."
                    : $"stage_id: {command.StageId} is not one of the stages of the application's job {job.Id}. Use an ID from the job's stages (GET /ats/jobs).");
            }

            if (application.CurrentStageId == command.StageId)
            {
                return state;
            }

            var moved = application with { CurrentStageId = command.StageId, ChangedAt = now, RemoteUpdatedAt = now, TouchedAt = now };
            return state with { Ats = state.Ats.WithApplication(moved, now) };
        }
    }
}
