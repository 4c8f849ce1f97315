using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;

namespace Kombo.Sim.Api.Features.Assessment.Orders;

public sealed class OrdersMappingProfile : Profile
{
    public OrdersMappingProfile()
    {
        CreateMap<AssessmentOrder, OrderModel>();
        CreateMap<OrderCandidate, OrderCandidateModel>().ReverseMap();
        CreateMap<OrderApplication, OrderApplicationModel>().ReverseMap();
        CreateMap<OrderJob, OrderJobModel>().ReverseMap();
        CreateMap<HiringTeamMember, HiringTeamMemberModel>().ReverseMap();

        // Seeds: the wire carries no timestamps and no result; the seed loader sets changed_at.
        CreateMap<OrderSeedModel, AssessmentOrder>()
            .ForMember(o => o.Result, o => o.Ignore())
            .ForMember(o => o.ChangedAt, o => o.Ignore())
            .ForMember(o => o.RemoteDeletedAt, o => o.Ignore());

        CreateMap<UpdateOrderResult.ResultAttributeInput, ResultAttribute>();
        CreateMap<UpdateOrderResult.SubResultScoreInput, SubResultScore>();
    }
}
