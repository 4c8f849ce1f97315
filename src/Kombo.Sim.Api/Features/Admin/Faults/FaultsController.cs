using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Faults;

/// <summary>Fault rules that delay, fail, rate-limit or drop matching /v1 requests.</summary>
[Route("_sim/faults")]
public sealed class FaultsController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpPost]
    public Task<IActionResult> Create([FromBody] CreateFaultRule.Command? command, CancellationToken cancellationToken) =>
        Send(command ?? new(), cancellationToken);

    [HttpGet]
    public Task<IActionResult> List(CancellationToken cancellationToken) => Send(new ListFaultRules.Query(), cancellationToken);

    [HttpGet("{id}")]
    public Task<IActionResult> Get([FromRoute] string id, CancellationToken cancellationToken) => Send(new GetFaultRule.Query(id), cancellationToken);

    [HttpDelete("{id}")]
    public Task<IActionResult> Delete([FromRoute] string id, CancellationToken cancellationToken) => Send(new DeleteFaultRule.Command(id), cancellationToken);

    [HttpDelete]
    public Task<IActionResult> Clear(CancellationToken cancellationToken) => Send(new ClearFaultRules.Command(), cancellationToken);
}
