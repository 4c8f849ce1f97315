using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>POST /ats/applications/{application_id}/result-links: keeps a link to e.g. an assessment result on the application.</summary>
public static class AddApplicationResultLink
{
    public sealed record Command : ResultLinkBody, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public string ApplicationId { get; init; } = "";
    }

    internal sealed class Validator : ResultLinkBodyValidator<Command>
    {
        public Validator() => RuleFor(c => c.ApplicationId).NotEmpty();
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(AtsWrites.AddToApplication(state, command.ApplicationId, now, a => a with { ResultLinks = a.ResultLinks.Add(command.ToResultLink(now)) }));
    }
}
