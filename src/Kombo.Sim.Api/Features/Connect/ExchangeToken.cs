using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Json;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Connect;

/// <summary>
/// GET /connect/integration-by-token/{token} and the deprecated POST /connect/activate-integration: exchanges the
/// one-time token the Connect page handed out for the integration it created. A token works once, within an hour,
/// and only with an API key of the environment that created the link.
/// </summary>
public static class ExchangeToken
{
    public sealed record Command(string EnvironmentId, string? Token) : IEnvironmentRequest, IRequest<Result>;

    public sealed record Result(
        string Tool,
        string Id,
        string? EndUserOriginId,
        string EndUserOrganizationName,
        string? EndUserEmail,
        string SetupStatus);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Token).NotEmpty().OverridePropertyName("token");
    }

    internal sealed class Handler(World world, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var integrationId = world.UpdateData(command.EnvironmentId, data =>
            {
                var token = data.Tokens.GetValueOrDefault(command.Token!)
                    ?? throw new KomboException(ErrorCodes.IntegrationNotFound, "No integration was connected with this token in this environment.");
                if (token.UsedAt is { } used)
                {
                    throw KomboException.InputInvalid($"token: this token was already exchanged at {KomboJson.FormatTimestamp(used)}; tokens work once.");
                }

                if (now > token.ExpiresAt)
                {
                    throw KomboException.InputInvalid($"token: this token expired at {KomboJson.FormatTimestamp(token.ExpiresAt)}.");
                }

                return (data with { Tokens = data.Tokens.SetItem(token.Token, token with { UsedAt = now }) }, token.IntegrationId);
            });
            var integration = world.FindIntegration(command.EnvironmentId, integrationId)?.Current.Integration
                ?? throw new KomboException(ErrorCodes.IntegrationNotFound, $"The integration {integrationId} connected with this token has been deleted.");
            return Task.FromResult(new Result(
                integration.Tool,
                integration.Id,
                integration.EndUser.OriginId,
                integration.EndUser.OrganizationName,
                integration.EndUser.CreatorEmail,
                integration.SetupStatus));
        }
    }
}
