using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Clock;

/// <summary>
/// PUT /_sim/clock (and POST /freeze, /resume): sets the instant and/or freezes or resumes the clock; the Kombo world
/// then shows what the new time means (e.g. pending employees whose start date has come become active).
/// </summary>
public static class SetClock
{
    public sealed record Command : IRequest<ClockModel>
    {
        public string? Now { get; init; }

        public bool? Frozen { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Now).Must(QueryValues.IsIsoInstant).When(c => c.Now is not null).WithMessage("now must be an ISO-8601 datetime.");
            RuleFor(c => c).Must(c => c.Now is not null || c.Frozen is not null).OverridePropertyName("now").WithMessage("give now, frozen or both.");
        }
    }

    internal sealed class Handler(SimClock clock, ClockEffects effects) : IRequestHandler<Command, ClockModel>
    {
        public Task<ClockModel> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.Frozen == true)
            {
                clock.Freeze();
            }

            if (command.Now is not null && QueryValues.TryParseIsoInstant(command.Now, out var now))
            {
                clock.Set(now);
            }

            if (command.Frozen == false)
            {
                clock.Resume();
            }

            return Task.FromResult(ClockModel.Read(clock, effects.Apply(clock.GetUtcNow())));
        }
    }
}
