using System.Collections.Immutable;
using AutoMapper;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Datev.DataPushes;

/// <summary>Records DATEV data pushes: one upload job per file, all UPLOADED (the simulator does not run DATEV's import).</summary>
public static class DataPushRecorder
{
    public static IntegrationState RecordDataPush(this IntegrationState state, string type, IEnumerable<ExportedFile> files, DateTimeOffset now, DateOnly? accountingMonth = null)
    {
        var (next, _, pushId) = state.NewRecordId("datev_data_pushes");
        var jobs = ImmutableList.CreateBuilder<UploadJob>();
        foreach (var file in files)
        {
            (next, _, var jobId) = next.NewRecordId("datev_upload_jobs");
            jobs.Add(new UploadJob { Id = jobId, FileName = file.Name, File = file.Content });
        }

        var push = new DataPush { Id = pushId, Type = type, CreatedAt = now, AccountingMonth = accountingMonth, UploadJobs = jobs.ToImmutable() };
        return next with { Payroll = next.Payroll.AddDataPush(push) };
    }

    /// <summary>
    /// One push-data call: <paramref name="export"/> builds the file from the state the write sees and the push is
    /// recorded with it; when there is nothing to export (null) nothing is recorded and the answer warns instead.
    /// </summary>
    public static Written<PushedFilesModel> Push(
        this IntegrationStore store, string type, DateTimeOffset now, IMapper mapper, string nothingToPush, Func<IntegrationState, ExportedFile?> export)
    {
        var file = store.Write(state => export(state) is { } exported
            ? (state.RecordDataPush(type, [exported], now), exported)
            : (state, (ExportedFile?)null));
        return file is null
            ? new Written<PushedFilesModel>(new PushedFilesModel(), [new Warning(nothingToPush)])
            : Written<PushedFilesModel>.Clean(new PushedFilesModel { Files = [mapper.Map<PushedFileModel>(file)] });
    }
}
