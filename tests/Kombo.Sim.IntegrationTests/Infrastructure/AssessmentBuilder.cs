using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.IntegrationTests.Infrastructure;

/// <summary>
/// Builds an assessment integration for one test. Packages are added as if submitted an hour before
/// <see cref="SimulatorHost.Now"/>; orders are placed through <see cref="AssessmentData.AddOrder"/>, the same
/// logic the simulator uses, so their ids are the ones the simulator would give them.
/// </summary>
public sealed class AssessmentBuilder
{
    public static readonly DateTimeOffset Earlier = SimulatorHost.Now.AddHours(-1);

    private IntegrationState _state;
    private Func<Integration, Integration> _integration = i => i;

    public AssessmentBuilder(string tool, string slug)
    {
        IntegrationId = KomboIds.ForIntegration("test", tool, slug);
        _state = new IntegrationState
        {
            Integration = new Integration
            {
                Id = IntegrationId,
                Tool = tool,
                Category = Categories.Assessment,
                EndUser = new EndUser("Test Org", "owner@test.example.com", "origin-1"),
                CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            },
        };
    }

    public string IntegrationId { get; }

    public AssessmentBuilder WithIntegration(Func<Integration, Integration> change)
    {
        _integration = change;
        return this;
    }

    public AssessmentPackage Package(string id, string type = "SKILLS_TEST", Func<AssessmentPackage, AssessmentPackage>? change = null)
    {
        var package = new AssessmentPackage
        {
            Id = id,
            Type = type,
            Name = $"Package {id}",
            Description = $"Description of package {id}",
            UpdatedAt = Earlier,
        };
        package = change?.Invoke(package) ?? package;
        var assessment = _state.Assessment;
        _state = _state with { Assessment = assessment with { Packages = assessment.Packages.Add(package) } };
        return package;
    }

    /// <summary>Places an order for <paramref name="package"/>; a status other than OPEN is set afterwards.</summary>
    public AssessmentOrder Order(AssessmentPackage package, string status = AssessmentRules.Open, Func<NewAssessmentOrder, NewAssessmentOrder>? change = null)
    {
        var number = _state.Assessment.Orders.Count + 1;
        var order = new NewAssessmentOrder
        {
            PackageId = package.Id,
            Candidate = new OrderCandidate
            {
                Email = $"candidate{number}@example.com",
                FirstName = $"First{number}",
                LastName = $"Last{number}",
                Phone = "+49 30 1234567",
                RemoteId = $"cand-{number}",
            },
            Application = new OrderApplication { RemoteId = $"app-{number}" },
            Job = new OrderJob
            {
                RemoteId = $"job-{number}",
                Name = "Backend Engineer",
                Location = new Address { City = "Berlin", Country = "DE" },
                HiringTeam =
                [
                    new HiringTeamMember
                    {
                        RemoteId = "user-1",
                        Email = "recruiter@example.com",
                        FirstName = "Rita",
                        LastName = "Recruiter",
                        HiringTeamRoles = ["RECRUITER"],
                    },
                ],
            },
        };
        var (next, placed) = AssessmentData.AddOrder(_state, change?.Invoke(order) ?? order, Earlier);
        if (status != AssessmentRules.Open)
        {
            placed = placed with { Status = status };
            next = next with { Assessment = next.Assessment with { Orders = next.Assessment.Orders.Replace(placed) } };
        }

        _state = next;
        return placed;
    }

    internal IntegrationState Build() => _state with { Integration = _integration(_state.Integration) };
}
