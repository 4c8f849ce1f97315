using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Infrastructure.Errors;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Features.Shared;

public static class EmployeeLookup
{
    /// <summary>
    /// The employee a path names by Kombo id or <c>remote:&lt;remote id&gt;</c>; an unknown or deleted one answers
    /// Kombo's 404.
    /// </summary>
    public static Employee RequireEmployee(this HrisData hris, string reference) =>
        hris.FindEmployee(reference) is { RemoteDeletedAt: null } employee ? employee : throw KomboException.NotFound("Employee", reference);
}
