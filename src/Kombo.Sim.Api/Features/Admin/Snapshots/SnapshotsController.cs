using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Admin.Snapshots;

/// <summary>Named snapshots of the whole world: save, list, restore, delete.</summary>
[Route("_sim/snapshots")]
public sealed class SnapshotsController(IMediator mediator) : AdminControllerBase(mediator)
{
    [HttpPost]
    public Task<IActionResult> Save([FromBody] SaveSnapshot.Command? command, CancellationToken cancellationToken) => Send(command ?? new(), cancellationToken);

    [HttpGet]
    public Task<IActionResult> List(CancellationToken cancellationToken) => Send(new ListSnapshots.Query(), cancellationToken);

    [HttpPost("{name}/restore")]
    public Task<IActionResult> Restore([FromRoute] string name, CancellationToken cancellationToken) => Send(new RestoreSnapshot.Command(name), cancellationToken);

    [HttpDelete("{name}")]
    public Task<IActionResult> Delete([FromRoute] string name, CancellationToken cancellationToken) => Send(new DeleteSnapshot.Command(name), cancellationToken);
}
