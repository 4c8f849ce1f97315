using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.ProvisioningGroups;

/// <summary>
/// POST /hris/provisioning-groups/{group_id}/setup-links: a link to the provisioning setup page, valid for one hour.
/// The page is served by the simulator itself.
/// </summary>
public static class CreateProvisioningSetupLink
{
    public static readonly string[] Languages = ["en", "de", "fr", "it", "es"];

    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);

    public sealed record Command : IIntegrationRequest, IRequest<SetupLinkModel>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string GroupId { get; init; } = "";

        [JsonIgnore]
        public string BaseUrl { get; init; } = "";

        public string? Language { get; init; }
    }

    public sealed record SetupLinkModel(string Url, DateTimeOffset ExpiresAt);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Language).Must(l => l is null || Languages.Contains(l))
                .WithMessage("language must be one of en, de, fr, it, es.");
    }

    internal sealed class Handler(World world, TimeProvider clock) : IRequestHandler<Command, SetupLinkModel>
    {
        public Task<SetupLinkModel> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.GroupId != ComputeProvisioningDiff.DefaultGroup)
            {
                throw KomboException.NotFound("Provisioning group", command.GroupId);
            }

            var now = clock.GetUtcNow();
            var link = world.Store(command.Integration).Write(state =>
            {
                var (next, _, token) = state.NewRecordId("hris_provisioning_setup_links");
                var created = new SetupLink(token, command.GroupId, command.Language ?? "en", now, now + Validity);
                return (next with { SetupLinks = next.SetupLinks.Add(created) }, created);
            });
            return Task.FromResult(new SetupLinkModel($"{command.BaseUrl}/connect/setup?token={link.Token}", link.ExpiresAt));
        }
    }
}
