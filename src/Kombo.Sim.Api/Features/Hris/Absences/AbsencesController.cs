using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.Absences;

[Route("v1/hris/absences")]
public sealed class AbsencesController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpGet]
    [KomboOperation("GetHrisAbsences")]
    public Task<IActionResult> List([FromQuery] ListAbsences.Query query, CancellationToken cancellationToken) =>
        Read(query with { Integration = Integration }, cancellationToken);

    [HttpPost]
    [KomboOperation("PostHrisAbsences")]
    public Task<IActionResult> Create([FromBody] CreateAbsence.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration }, cancellationToken);

    [HttpDelete("{absence_id}")]
    [KomboOperation("DeleteHrisAbsencesAbsenceId")]
    public Task<IActionResult> Delete([FromRoute(Name = "absence_id")] string absenceId, [FromBody] DeleteAbsence.Command? command, CancellationToken cancellationToken) =>
        Write((command ?? new()) with { Integration = Integration, AbsenceId = absenceId }, cancellationToken);
}
