using Kombo.Sim.Api.Domain.Hris;

namespace Kombo.Sim.Api.State;

/// <summary>What moving the clock changed.</summary>
public sealed record TimePassageReport(int EmployeesChanged, int SyncsFinished = 0)
{
    public static readonly TimePassageReport Nothing = new(0);

    /// <summary>The integrations whose employees changed (for data-changed webhooks).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<IntegrationStore> ChangedIntegrations { get; init; } = [];
}

/// <summary>
/// The effects the Kombo world shows when time passes: pending employees become active on their start date and
/// terminated ones inactive after their termination date (their <c>changed_at</c> moves to the new time). Expiries
/// (links, tokens, the two-month DATEV window) are checked against the clock when used, so they need nothing here.
/// </summary>
public sealed class TimePassage(World world)
{
    public TimePassageReport Apply(DateTimeOffset now)
    {
        var employees = 0;
        var changed = new List<IntegrationStore>();
        foreach (var environment in world.Environments)
        {
            foreach (var store in world.IntegrationsOf(environment.Id))
            {
                if (!store.Current.Hris.Employees.Rows.Any(e => NeedsUpdate(e, now)))
                {
                    continue;
                }

                changed.Add(store);
                employees += store.Write(state =>
                {
                    var hris = state.Hris;
                    var changed = hris.Employees.Rows.Where(e => NeedsUpdate(e, now)).ToList();
                    foreach (var employee in changed)
                    {
                        hris = hris with
                        {
                            Employees = hris.Employees.Replace(employee with
                            {
                                EmploymentStatus = EmploymentStatusRules.After(employee, now),
                                ChangedAt = now,
                                TouchedAt = now,
                            }),
                        };
                    }

                    return (state with { Hris = hris }, changed.Count);
                });
            }
        }

        return new TimePassageReport(employees) { ChangedIntegrations = changed };
    }

    private static bool NeedsUpdate(Employee employee, DateTimeOffset now) =>
        employee.RemoteDeletedAt is null && EmploymentStatusRules.After(employee, now) != employee.EmploymentStatus;
}
