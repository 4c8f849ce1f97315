using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Journal;

/// <summary>The request journal: every /v1 request, newest first.</summary>
[Route("_sim/journal")]
public sealed class JournalController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpGet]
    public Task<IActionResult> List([FromQuery] ListJournal.Query query, CancellationToken cancellationToken) => Send(query, cancellationToken);

    [HttpGet("{id}")]
    public Task<IActionResult> Get([FromRoute] string id, CancellationToken cancellationToken) => Send(new GetJournalEntry.Query(id), cancellationToken);

    [HttpDelete]
    public Task<IActionResult> Clear(CancellationToken cancellationToken) => Send(new ClearJournal.Command(), cancellationToken);
}
