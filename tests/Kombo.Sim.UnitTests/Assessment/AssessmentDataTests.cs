using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.UnitTests.Assessment;

public class AssessmentDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void AddOrder_PlacesAnOpenOrderWithAKomboShapedId()
    {
        var state = StateWithPackage("1001");

        var (next, order) = AssessmentData.AddOrder(state, NewOrder("1001"), Now);

        order.Status.Should().Be(AssessmentRules.Open);
        order.Id.Should().MatchRegex("^[1-9A-HJ-NP-Za-km-z]{24}$");
        order.ChangedAt.Should().Be(Now);
        order.Candidate.Email.Should().Be("candidate@example.com");
        next.Assessment.Orders.Find(order.Id).Should().BeSameAs(order);
        state.Assessment.Orders.Count.Should().Be(0, "the earlier state is immutable");
    }

    [Test]
    public void AddOrder_SameStateAndCall_GivesTheSameId()
    {
        var state = StateWithPackage("1001");

        var (_, first) = AssessmentData.AddOrder(state, NewOrder("1001"), Now);
        var (_, again) = AssessmentData.AddOrder(state, NewOrder("1001"), Now);

        again.Id.Should().Be(first.Id);
    }

    [Test]
    public void AddOrder_Twice_GivesDistinctIdsInPlacementOrder()
    {
        var state = StateWithPackage("1001");

        var (afterFirst, first) = AssessmentData.AddOrder(state, NewOrder("1001"), Now);
        var (afterSecond, second) = AssessmentData.AddOrder(afterFirst, NewOrder("1001"), Now);

        second.Id.Should().NotBe(first.Id);
        afterSecond.Assessment.Orders.Rows.Select(o => o.Id).Should().Equal(first.Id, second.Id);
    }

    [Test]
    public void AddOrder_ForUnknownPackage_Throws()
    {
        var state = StateWithPackage("1001");

        var add = () => AssessmentData.AddOrder(state, NewOrder("9999"), Now);

        add.Should().Throw<ArgumentException>().WithMessage("*9999*");
    }

    [Test]
    public void AddOrder_ForDeletedPackage_Throws()
    {
        var state = StateWithPackage("1001");
        state = state with { Assessment = state.Assessment.ReplacePackages([], Now) };

        var add = () => AssessmentData.AddOrder(state, NewOrder("1001"), Now);

        add.Should().Throw<ArgumentException>();
    }

    [Test]
    public void ReplacePackages_KeepsDeletedPackagesFindableById()
    {
        var state = StateWithPackage("1001");

        var assessment = state.Assessment.ReplacePackages([new PackageDefinition("1002", "BEHAVIORAL", "B", "About B")], Now);

        assessment.FindLivePackage("1001").Should().BeNull();
        assessment.Packages.Find("1001")!.RemoteDeletedAt.Should().Be(Now);
        assessment.FindLivePackage("1002").Should().NotBeNull();
    }

    private static IntegrationState StateWithPackage(string packageId)
    {
        var state = new IntegrationState
        {
            Integration = new Integration
            {
                Id = "smartrecruiters:TestIntegration1234567890",
                Tool = "smartrecruiters",
                Category = Categories.Assessment,
                EndUser = new EndUser("Test Org", null, null),
                CreatedAt = Now.AddDays(-30),
            },
        };
        return state with { Assessment = state.Assessment.ReplacePackages([new PackageDefinition(packageId, "SKILLS_TEST", "P", "About P")], Now.AddDays(-1)) };
    }

    private static NewAssessmentOrder NewOrder(string packageId) => new()
    {
        PackageId = packageId,
        Candidate = new OrderCandidate { Email = "candidate@example.com", FirstName = "Ada" },
    };
}
