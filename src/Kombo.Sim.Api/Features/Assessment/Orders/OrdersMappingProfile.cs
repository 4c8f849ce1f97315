using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;

namespace Kombo.Sim.Api.Features.Assessment.Orders;

public sealed class OrdersMappingProfile : Profile
{
    public OrdersMappingProfile()
    {
        CreateMap<AssessmentOrder, OrderModel>();
        CreateMap<OrderCandidate, OrderCandidateModel>();
        CreateMap<OrderApplication, OrderApplicationModel>();
        CreateMap<OrderJob, OrderJobModel>();
        CreateMap<HiringTeamMember, HiringTeamMemberModel>();

        CreateMap<UpdateOrderResult.ResultAttributeInput, ResultAttribute>();
        CreateMap<UpdateOrderResult.SubResultScoreInput, SubResultScore>();
    }
}
