using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Hris.Employees;

/// <summary>
/// POST /hris/employees/{employee_id}/attachments (Kombo closed beta; shape inferred from the documents endpoint,
/// see docs/adr): keeps the file on the employee. No unified read shows it; the control plane does.
/// </summary>
public static class AddEmployeeAttachment
{
    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        [JsonIgnore]
        public string EmployeeId { get; init; } = "";

        public FileInput? Attachment { get; init; }

        /// <summary>The documents endpoint's name for the file; accepted as an alias of <see cref="Attachment"/>.</summary>
        public FileInput? Document { get; init; }

        public string? CategoryId { get; init; }

        public JsonElement? RemoteFields { get; init; }

        public FileInput? File => Attachment ?? Document;
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.EmployeeId).NotEmpty();
            RuleFor(c => c.Attachment).NotNull().When(c => c.Document is null).WithMessage("attachment is required.");
            RuleFor(c => c.File!).SetValidator(new FileInputValidator()).When(c => c.File is not null).OverridePropertyName("attachment");
        }
    }

    internal sealed class Handler(World world, TimeProvider clock) : EmptyWriteHandler<Command>(world, clock)
    {
        protected override (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, Command command, DateTimeOffset now)
        {
            var employee = state.Hris.FindEmployee(command.EmployeeId) is { RemoteDeletedAt: null } found
                ? found
                : throw KomboException.NotFound("Employee", command.EmployeeId);
            var updated = employee with { Attachments = employee.Attachments.Add(command.File!.ToStoredFile(now, categoryId: command.CategoryId)) };
            return Clean(state with { Hris = state.Hris with { Employees = state.Hris.Employees.Replace(updated) } });
        }
    }
}
