using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>
/// POST /ats/applications/{application_id}/attachments: keeps the file on the application or, for tools that
/// keep files on candidates, on the application's candidate (Kombo's documented fallback).
/// </summary>
public static class AddApplicationAttachment
{
    public sealed record Command : AttachmentBody, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public string ApplicationId { get; init; } = "";
    }

    internal sealed class Validator : AttachmentBodyValidator<Command>
    {
        public Validator() => RuleFor(c => c.ApplicationId).NotEmpty();
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now)
        {
            var file = command.ToStoredFile(now);
            if (!AtsToolRules.AttachesToCandidate(state.Integration.Tool))
            {
                return Clean(AtsWrites.AddToApplication(state, command.ApplicationId, now, a => a with { Attachments = a.Attachments.Add(file) }));
            }

            var application = AtsWrites.RequireApplication(state.Ats, command.ApplicationId);
            var next = AtsWrites.AddToCandidate(state, application.CandidateId, now, c => c with { Attachments = c.Attachments.Add(file) });
            return (next, [new Warning($"The integration's tool cannot attach files to applications, so the attachment was added to the candidate {application.CandidateId} instead.")]);
        }
    }
}
