using AutoMapper;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using Kombo.Sim.Api.State.Paging;
using MediatR;

namespace Kombo.Sim.Api.Features.Assessment.Orders;

/// <summary>GET /assessment/orders/open: the orders still waiting for a final result, oldest first.</summary>
public static class ListOpenOrders
{
    /// <summary>Kombo: paging only, none of the common list filters (digest §A6).</summary>
    public sealed record Query : PagedQuery, IRequest<Page<OrderModel>>;

    internal sealed class Validator : PagedQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : IRequestHandler<Query, Page<OrderModel>>
    {
        public Task<Page<OrderModel>> Handle(Query query, CancellationToken cancellationToken)
        {
            var orders = world.Read(query.Integration).Assessment.Orders;
            var page = Pager.Paginate(orders.Rows, null, query.Page(), IsOpen, mapper.Map<OrderModel>);
            return Task.FromResult(page);
        }

        private static bool IsOpen(AssessmentOrder order) => order.Status == AssessmentRules.Open && order.RemoteDeletedAt is null;
    }
}
