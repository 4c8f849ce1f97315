using FluentValidation;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Environments;

/// <summary>
/// POST /_sim/environments: a new API key with its own isolated copy of the seed world, of chosen seed integrations,
/// or nothing. Copies share no state: writes in one environment are invisible to every other.
/// </summary>
public static class CreateEnvironment
{
    public static readonly string[] Copies = ["seed", "empty"];

    public sealed record Command : IRequest<EnvironmentModel>
    {
        public string? Name { get; init; }

        /// <summary>The key to use; a fresh one is made when absent.</summary>
        public string? ApiKey { get; init; }

        /// <summary><c>seed</c> (default) or <c>empty</c>.</summary>
        public string? Copy { get; init; }

        /// <summary>Copy only these seed integrations.</summary>
        public IReadOnlyList<string>? Integrations { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(SeedWorld seed)
        {
            RuleFor(c => c.Copy).Must(c => Copies.Contains(c)).When(c => c.Copy is not null).WithMessage("copy must be seed or empty.");
            RuleFor(c => c.ApiKey).MinimumLength(8).MaximumLength(200).Matches("^[A-Za-z0-9._~-]+$").When(c => c.ApiKey is not null)
                .WithMessage("api_key must be 8 to 200 characters of letters, digits and . _ ~ -");
            RuleFor(c => c.Name).MaximumLength(200);
            RuleForEach(c => c.Integrations)
                .Must(id => seed.Environments.SelectMany(e => e.Integrations).Any(i => i.Integration.Id == id))
                .WithMessage("integrations must name integrations of the seed world; {PropertyValue} is not one.");
            RuleFor(c => c.Integrations).Empty().When(c => c.Copy == "empty").WithMessage("integrations cannot be chosen with copy=empty.");
        }
    }

    internal sealed class Handler(World world, SeedWorld seed, Sequences sequences) : IRequestHandler<Command, EnvironmentModel>
    {
        public Task<EnvironmentModel> Handle(Command command, CancellationToken cancellationToken)
        {
            var number = sequences.Next("environments");
            var apiKey = command.ApiKey ?? $"sim-key-{KomboIds.Derive("api-key", number.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            if (world.FindEnvironmentByApiKey(apiKey) is not null)
            {
                throw new KomboException(ErrorCodes.InputInvalid with { Status = 409 }, "api_key: an environment with this API key already exists.");
            }

            var environment = new SimEnvironment(KomboIds.Derive("environment", apiKey), command.Name ?? $"Environment {number}", apiKey);
            var integrations = command.Copy == "empty"
                ? []
                : seed.Environments.SelectMany(e => e.Integrations)
                    .Where(i => command.Integrations is null || command.Integrations.Contains(i.Integration.Id))
                    .ToList();
            world.AddEnvironment(environment, integrations);
            return Task.FromResult(EnvironmentModel.Of(world, environment));
        }
    }
}
