using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Assessment.Orders;

[Route("v1/assessment/orders")]
public sealed class OrdersController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet("open")]
    [KomboOperation("GetAssessmentOrdersOpen")]
    public Task<IActionResult> ListOpen([FromQuery] ListOpenOrders.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpPut("{assessment_order_id}/result")]
    [KomboOperation("PutAssessmentOrdersAssessmentOrderIdResult")]
    public Task<IActionResult> UpdateResult([FromRoute(Name = "assessment_order_id")] string orderId, [FromBody] UpdateOrderResult.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, OrderId = orderId }, cancellationToken);
}
