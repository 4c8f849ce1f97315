using FluentValidation;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.Connect;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.General.Integrations;

/// <summary>
/// POST /integrations/{integration_id}/relink: a link on which the customer reconnects the integration; completing it
/// sets the integration ACTIVE (applying <c>scope_config_id</c>) and sends <c>integration-state-changed</c>.
/// </summary>
public static class CreateRelinkLink
{
    public sealed record Command : IIntegrationRequest, IRequest<CreateLink.LinkModel>
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [System.Text.Json.Serialization.JsonIgnore]
        public string BaseUrl { get; init; } = "";

        public string? Language { get; init; }

        public string? ScopeConfigId { get; init; }

        public string? LinkType { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Integration.IntegrationId).NotEmpty().OverridePropertyName("integration_id");
            RuleFor(c => c.Language).Must(l => CreateLink.Languages.Contains(l)).When(c => c.Language is not null).WithMessage("language must be one of en, de, fr, it, es.");
            RuleFor(c => c.LinkType).Must(l => CreateLink.LinkTypes.Contains(l)).When(c => c.LinkType is not null).WithMessage("link_type must be EMBEDDED or MAGIC_LINK.");
        }
    }

    internal sealed class Handler(World world, ConnectFlow connect) : IRequestHandler<Command, CreateLink.LinkModel>
    {
        public Task<CreateLink.LinkModel> Handle(Command command, CancellationToken cancellationToken)
        {
            var integration = world.Read(command.Integration).Integration;
            var link = connect.Create(command.Integration.EnvironmentId, (token, now) => new ConnectLink
            {
                Token = token,
                Kind = ConnectLinkKinds.Relink,
                IntegrationId = integration.Id,
                Category = integration.Category,
                Tool = integration.Tool,
                EndUserEmail = integration.EndUser.CreatorEmail,
                EndUserOrganizationName = integration.EndUser.OrganizationName,
                EndUserOriginId = integration.EndUser.OriginId,
                Language = command.Language ?? "en",
                ScopeConfigId = command.ScopeConfigId,
                LinkType = command.LinkType ?? "EMBEDDED",
                CreatedAt = now,
                ExpiresAt = now + ConnectFlow.Validity(command.LinkType),
            });
            return Task.FromResult(new CreateLink.LinkModel(ConnectFlow.Url(command.BaseUrl, link.Token)));
        }
    }
}
