using System.Text.Json.Serialization;
using FluentValidation;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;
using Kombo.Sim.Api.Features.Datev.DataPushes;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Datev.Passthrough;

/// <summary>
/// POST /custom/datev/passthrough: checks the ASCII file's structure (Kombo: the format, not the content, see
/// <see cref="DatevFileCheck"/>) and uploads it as it is: a GENERAL data push for master data, a PAYROLL one for
/// movement data, with one upload job.
/// </summary>
public static class WriteRawDatevFile
{
    public const string MasterData = "STAMMDATEN";
    public const string MovementData = "BEWEGUNGSDATEN";

    /// <summary>How many structure problems one error message lists.</summary>
    public const int ProblemsShown = 5;

    public sealed record Command : IIntegrationRequest, IRequest<Written<Empty>>
    {
        [JsonIgnore]
        public IntegrationKey Integration { get; init; }

        public string? FileContent { get; init; }

        public string? AccountingMonth { get; init; }

        public string? TargetSystem { get; init; }

        public string? FileType { get; init; }

        public string? FileName { get; init; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FileContent).NotEmpty();
            RuleFor(c => c.AccountingMonth).PlainDate();
            RuleFor(c => c.TargetSystem).Must(t => t is DatevFileCheck.Lodas or DatevFileCheck.LohnUndGehalt)
                .WithMessage($"target_system must be {DatevFileCheck.Lodas} or {DatevFileCheck.LohnUndGehalt}.");
            RuleFor(c => c.FileType).Must(t => t is MasterData or MovementData)
                .WithMessage($"file_type must be {MasterData} or {MovementData}.");
            RuleFor(c => c.FileName).Cascade(CascadeMode.Stop).NotEmpty()
                .Must(n => n!.IndexOfAny(['/', '\\']) < 0).WithMessage("file_name must be a file name without a path.");
            RuleFor(c => c.FileContent).Custom((content, context) =>
                {
                    var command = context.InstanceToValidate;
                    var problems = DatevFileCheck.Check(content!, command.TargetSystem!, Section(command.FileType!));
                    if (problems.Count > 0)
                    {
                        var more = problems.Count > ProblemsShown ? $"; and {problems.Count - ProblemsShown} more" : "";
                        context.AddFailure("file_content", $"file_content is not a well-formed {command.TargetSystem} ASCII file: {string.Join("; ", problems.Take(ProblemsShown))}{more}.");
                    }
                })
                .When(c => !string.IsNullOrWhiteSpace(c.FileContent) && c.TargetSystem is DatevFileCheck.Lodas or DatevFileCheck.LohnUndGehalt
                    && c.FileType is MasterData or MovementData);
        }
    }

    internal sealed class Handler(World world, TimeProvider clock) : IRequestHandler<Command, Written<Empty>>
    {
        public Task<Written<Empty>> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var month = DatevInputRules.FirstOfMonth(DatevInputRules.PlainDate(command.AccountingMonth));
            var type = command.FileType == MasterData ? DataPush.General : DataPush.Payroll;
            var file = new ExportedFile(command.FileName!, command.FileContent!);
            world.Store(command.Integration).Write(state => (state.RecordDataPush(type, [file], now, month), 0));
            return Task.FromResult(Written<Empty>.Clean(Empty.Instance));
        }
    }

    private static LodasSection Section(string fileType) => fileType == MasterData ? LodasSection.Stammdaten : LodasSection.Bewegungsdaten;
}
