using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Features.Shared;
using MediatR;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>POST /connect/create-link: a link to the simulator's own Connect page.</summary>
public static class CreateLink
{
    public static readonly string[] Categories = ["HRIS", "ATS", "ASSESSMENT"];
    public static readonly string[] Languages = ["en", "de", "fr", "it", "es"];
    public static readonly string[] LinkTypes = ["EMBEDDED", "MAGIC_LINK"];

    public sealed record Command : IEnvironmentRequest, IRequest<LinkModel>
    {
        [JsonIgnore]
        public string EnvironmentId { get; init; } = "";

        [JsonIgnore]
        public string BaseUrl { get; init; } = "";

        public string? EndUserEmail { get; init; }

        public string? EndUserOrganizationName { get; init; }

        public string? EndUserOriginId { get; init; }

        public string? RemoteEnvironment { get; init; }

        public string? IntegrationCategory { get; init; }

        public string? IntegrationTool { get; init; }

        public string? Language { get; init; }

        public string? ScopeConfigId { get; init; }

        public bool? EnableFiltering { get; init; }

        public bool? EnableFieldMapping { get; init; }

        public string? LinkType { get; init; }

        public string Category => IntegrationCategory ?? "HRIS";
    }

    public sealed record LinkModel(string Link);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ToolCatalog tools)
        {
            RuleFor(c => c.EndUserEmail).NotEmpty().EmailAddress();
            RuleFor(c => c.EndUserOrganizationName).NotEmpty();
            RuleFor(c => c.IntegrationCategory).Must(c => Categories.Contains(c)).When(c => c.IntegrationCategory is not null)
                .WithMessage("integration_category must be HRIS, ATS or ASSESSMENT.");
            RuleFor(c => c.IntegrationTool)
                .Must((c, tool) => tools.Find(tool!)?.Categories.Contains(c.Category) == true)
                .When(c => c.IntegrationTool is not null)
                .WithMessage(c => $"integration_tool must be the slug of a {c.Category} tool, e.g. personio or greenhouse.");
            RuleFor(c => c.RemoteEnvironment).Null().When(c => c.IntegrationTool is null)
                .WithMessage("remote_environment can only be given together with integration_tool.");
            RuleFor(c => c.Language).Must(l => Languages.Contains(l)).When(c => c.Language is not null).WithMessage("language must be one of en, de, fr, it, es.");
            RuleFor(c => c.LinkType).Must(l => LinkTypes.Contains(l)).When(c => c.LinkType is not null).WithMessage("link_type must be EMBEDDED or MAGIC_LINK.");
            RuleFor(c => c.EnableFiltering).Must(f => f != true).When(c => c.Category != "HRIS")
                .WithMessage("enable_filtering is only available for HRIS integrations.");
        }
    }

    internal sealed class Handler(ConnectFlow connect) : IRequestHandler<Command, LinkModel>
    {
        public Task<LinkModel> Handle(Command command, CancellationToken cancellationToken)
        {
            var link = connect.Create(command.EnvironmentId, (token, now) => new ConnectLink
            {
                Token = token,
                Kind = ConnectLinkKinds.Connect,
                Category = command.Category,
                Tool = command.IntegrationTool,
                EndUserEmail = command.EndUserEmail,
                EndUserOrganizationName = command.EndUserOrganizationName,
                EndUserOriginId = command.EndUserOriginId,
                RemoteEnvironment = command.RemoteEnvironment,
                Language = command.Language ?? "en",
                ScopeConfigId = command.ScopeConfigId,
                EnableFiltering = command.EnableFiltering == true,
                EnableFieldMapping = command.EnableFieldMapping == true,
                LinkType = command.LinkType ?? "EMBEDDED",
                CreatedAt = now,
                ExpiresAt = now + ConnectFlow.Validity(command.LinkType),
            });
            return Task.FromResult(new LinkModel(ConnectFlow.Url(command.BaseUrl, link.Token)));
        }
    }
}
