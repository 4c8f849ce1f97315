using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Features.Hris.ProvisioningGroups;

[Route("v1/hris/provisioning-groups/{group_id}")]
public sealed class ProvisioningGroupsController(IMediator mediator) : KomboControllerBase(mediator)
{
    [HttpPost("diff")]
    [KomboOperation("PostHrisProvisioningGroupsGroupIdDiff")]
    public Task<IActionResult> Diff([FromRoute(Name = "group_id")] string groupId, [FromBody] ComputeProvisioningDiff.Command? command, CancellationToken cancellationToken) =>
        Read((command ?? new()) with { Integration = Integration, GroupId = groupId }, cancellationToken);

    [HttpPost("setup-links")]
    [KomboOperation("PostHrisProvisioningGroupsGroupIdSetupLinks")]
    public Task<IActionResult> CreateSetupLink([FromRoute(Name = "group_id")] string groupId, [FromBody] CreateProvisioningSetupLink.Command? command, CancellationToken cancellationToken) =>
        Read((command ?? new()) with { Integration = Integration, GroupId = groupId, BaseUrl = PublicBaseUrl }, cancellationToken);
}
