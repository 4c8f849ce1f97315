using System.Xml;
using FluentValidation;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Admin.Clock;

/// <summary>POST /_sim/clock/advance: moves time forward by an ISO-8601 duration (<c>PT2H</c>, <c>P30D</c>) or seconds.</summary>
public static class AdvanceClock
{
    public sealed record Command : IRequest<ClockModel>
    {
        /// <summary>An ISO-8601 duration such as <c>PT90M</c> or <c>P1DT12H</c>.</summary>
        public string? Duration { get; init; }

        public double? Seconds { get; init; }

        public TimeSpan? Parsed => Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : TryParse(Duration);

        private static TimeSpan? TryParse(string? duration)
        {
            try
            {
                return duration is null ? null : XmlConvert.ToTimeSpan(duration);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Parsed).NotNull().Must(d => d > TimeSpan.Zero && d < TimeSpan.FromDays(365 * 100))
                .OverridePropertyName("duration")
                .WithMessage("duration must be a positive ISO-8601 duration such as PT2H or P30D (or give seconds).");
    }

    internal sealed class Handler(SimClock clock, ClockEffects effects) : IRequestHandler<Command, ClockModel>
    {
        public Task<ClockModel> Handle(Command command, CancellationToken cancellationToken)
        {
            clock.Advance(command.Parsed!.Value);
            return Task.FromResult(ClockModel.Read(clock, effects.Apply(clock.GetUtcNow())));
        }
    }
}
