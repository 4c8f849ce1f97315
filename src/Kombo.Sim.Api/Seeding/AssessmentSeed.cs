using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Features.Assessment.Orders;
using Kombo.Sim.Api.Features.Assessment.Packages;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.Api.Seeding;

/// <summary>
/// Loads and cross-checks an integration's assessment files: <c>packages.json</c> (GET /assessment/packages items)
/// and <c>orders.json</c> (GET /assessment/orders/open items, each with its <c>status</c>).
/// </summary>
internal static class AssessmentSeed
{
    public const string PackagesFile = "packages.json";
    public const string OrdersFile = "orders.json";

    /// <param name="placedAt">
    /// The wire format has no order timestamps; seeded orders count as placed at this instant (the integration's creation).
    /// </param>
    public static AssessmentData Load(SeedFiles files, DateTimeOffset placedAt)
    {
        var packages = files.Table(PackagesFile, files.Read<PackageModel>(PackagesFile).Select(SeedImport.ToDomain));
        var orders = files.Table(OrdersFile, files.Read<OrderSeedModel>(OrdersFile)
            .Select(wire => SeedImport.ToDomain(wire, placedAt)));

        foreach (var package in packages.Rows)
        {
            Check(files, package.Type is null || AssessmentRules.PackageTypes.Contains(package.Type), PackagesFile, package.Id,
                $"type {package.Type} is not one of {string.Join(", ", AssessmentRules.PackageTypes)}.");
        }

        foreach (var order in orders.Rows)
        {
            Check(files, AssessmentRules.OrderStatuses.Contains(order.Status), OrdersFile, order.Id,
                $"status \"{order.Status}\" is not one of {string.Join(", ", AssessmentRules.OrderStatuses)}.");
            Check(files, !string.IsNullOrWhiteSpace(order.Candidate?.Email), OrdersFile, order.Id, "candidate.email is required.");
            Check(files, order.Application is not null && order.Job is not null, OrdersFile, order.Id, "application and job are required.");
            foreach (var member in order.Job?.HiringTeam ?? [])
            {
                Check(files, !string.IsNullOrEmpty(member.RemoteId) && member.HiringTeamRoles is not null && member.HiringTeamRoles.All(AssessmentRules.HiringTeamRoles.Contains),
                    OrdersFile, order.Id, $"every job.hiring_team member needs a remote_id and roles among {string.Join(", ", AssessmentRules.HiringTeamRoles)}.");
            }

            files.Require(order.PackageId is not null && packages.Find(order.PackageId) is not null, OrdersFile, order.Id, $"package_id {order.PackageId}");
        }

        return new AssessmentData { Packages = packages, Orders = orders };
    }

    private static void Check(SeedFiles files, bool valid, string fileName, string recordId, string problem)
    {
        if (!valid)
        {
            throw new SeedException(files.PathOf(fileName), recordId, problem);
        }
    }
}
