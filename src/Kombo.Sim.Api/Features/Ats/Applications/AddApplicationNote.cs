using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.Applications;

/// <summary>POST /ats/applications/{application_id}/notes: keeps a text note on the application.</summary>
public static class AddApplicationNote
{
    public const string PlainText = "PLAIN_TEXT";

    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string ApplicationId { get; init; } = "";

        public string? Content { get; init; }

        public string? ContentType { get; init; }

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ApplicationId).NotEmpty();
            RuleFor(c => c.Content).NotNull();
            RuleFor(c => c.ContentType).Equal(PlainText).WithMessage("content_type must be PLAIN_TEXT.");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now) =>
            Clean(AtsWrites.AddToApplication(state, command.ApplicationId, now, a => a with { Notes = a.Notes.Add(new Note(command.Content!, command.ContentType!, now)) }));
    }
}
