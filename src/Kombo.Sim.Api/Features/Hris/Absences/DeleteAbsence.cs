using System.Text.Json;
using System.Text.Json.Serialization;
using AutoMapper;
using FluentValidation;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.Absences;

/// <summary>DELETE /hris/absences/{absence_id}: marks the absence deleted and gives its time back to the balance.</summary>
public static class DeleteAbsence
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<AbsenceCoreModel>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string AbsenceId { get; init; } = "";

        public JsonElement? RemoteFields { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.AbsenceId).NotEmpty();
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Command, Written<AbsenceCoreModel>>
    {
        public Task<Written<AbsenceCoreModel>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var deleted = world.Store(command.Integration).Write(state => Delete(state, command.AbsenceId, now));
            return Task.FromResult(Written<AbsenceCoreModel>.Clean(mapper.Map<AbsenceCoreModel>(deleted)));
        }

        private static (IntegrationState, Absence) Delete(IntegrationState state, string absenceId, DateTimeOffset now)
        {
            var hris = state.Hris;
            var absence = hris.Absences.Find(absenceId) is { RemoteDeletedAt: null } found
                ? found
                : throw KomboException.NotFound("Absence", absenceId);

            var deleted = absence with { Status = "DELETED", RemoteDeletedAt = now, ChangedAt = now, RemoteUpdatedAt = now };
            hris = hris with { Absences = hris.Absences.Replace(deleted) };
            if (AbsenceRules.ConsumesBalance(absence) && absence is { Amount: { } amount, Unit: { } unit }
                && hris.OpenBalance(absence.EmployeeId, absence.TypeId) is { } balance)
            {
                hris = hris with { TimeOffBalances = hris.TimeOffBalances.Replace(AbsenceRules.Apply(balance, -amount, unit, now)) };
            }

            return (state with { Hris = hris.TouchEmployee(absence.EmployeeId, now) }, deleted);
        }
    }
}
