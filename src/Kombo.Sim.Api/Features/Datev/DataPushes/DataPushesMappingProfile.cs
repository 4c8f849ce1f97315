using AutoMapper;
using Kombo.Sim.Api.Domain.Payroll;
using Kombo.Sim.Api.Domain.Payroll.Lodas;

namespace Kombo.Sim.Api.Features.Datev.DataPushes;

public sealed class DataPushesMappingProfile : Profile
{
    public DataPushesMappingProfile()
    {
        // Upload jobs are mapped one level at a time by the read side (docs/adr/0003-automapper-14.md).
        CreateMap<DataPush, DataPushModel>().ForMember(m => m.UploadJobs, o => o.Ignore());
        CreateMap<UploadJob, UploadJobModel>();
        CreateMap<ExportedFile, PushedFileModel>();
    }
}
