using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.Seeding.Generation;
using Kombo.Sim.Api.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static Kombo.Sim.UnitTests.Generation.GeneratedWorld;

namespace Kombo.Sim.UnitTests.Generation;

public class SeedGenerationTests
{
    private static readonly SimEnvironment Environment = new("env", "Test", "test-key-123");

    private static SeedWorld Seed()
    {
        var hris = Generator.Generate(Request("personio", Categories.Hris, seed: 1) with { Hris = new HrisSizes(10, 1) });
        var ats = Generator.Generate(Request("greenhouse", Categories.Ats, seed: 1) with { Ats = new AtsSizes(5, 10, 10) });
        var assessment = Generator.Generate(Request("smartrecruiters", Categories.Assessment, seed: 1) with { Assessment = new AssessmentSizes(2, 2) });
        return new SeedWorld(Now, [new SeedEnvironment(Environment, [hris, ats, assessment])]);
    }

    private static SeedWorld Apply(GeneratorOptions options, SeedWorld? seed = null) =>
        new SeedGeneration(Generator, Options.Create(options), NullLogger<SeedGeneration>.Instance).Apply(seed ?? Seed(), Now);

    [Test]
    public void NoSizes_LeaveTheSeedAsItIs()
    {
        var seed = Seed();

        var applied = Apply(new GeneratorOptions(), seed);

        applied.Should().BeSameAs(seed);
    }

    [Test]
    public void Sizes_AreAddedToEveryIntegrationOfTheirCategory()
    {
        var applied = Apply(new GeneratorOptions { Employees = 20, AbsencesPerEmployee = 2, Candidates = 15, Applications = 15, OpenOrders = 4 });

        var (hris, ats, assessment) = Integrations(applied);
        hris.Hris.Employees.Count.Should().Be(30);
        hris.Hris.Absences.Count.Should().Be(10 + 40);
        ats.Ats.Candidates.Count.Should().Be(25);
        ats.Ats.Applications.Count.Should().Be(25);
        ats.Ats.Jobs.Count.Should().Be(5);
        assessment.Assessment.Orders.Count.Should().Be(6);
        assessment.Assessment.Packages.Count.Should().Be(2, "the integration's own packages are used");
    }

    [Test]
    public void Applications_DefaultToOneAndAHalfPerCandidate()
    {
        var applied = Apply(new GeneratorOptions { Candidates = 20 });

        Integrations(applied).Ats.Ats.Applications.Count.Should().Be(10 + 30);
    }

    [Test]
    public void ReplaceMode_GeneratesTheCategoryFromScratch()
    {
        var applied = Apply(new GeneratorOptions { Mode = "Replace", Employees = 20 });

        var (hris, ats, _) = Integrations(applied);
        hris.Hris.Employees.Count.Should().Be(20);
        hris.Integration.Should().Be(Integrations(Seed()).Hris.Integration);
        ats.Ats.Candidates.Count.Should().Be(10, "only the categories with sizes are touched");
    }

    [Test]
    public void Integrations_RestrictWhichOnesGetData()
    {
        var options = new GeneratorOptions { Employees = 5, Candidates = 5 };
        options.Integrations.Add(Integrations(Seed()).Ats.Integration.Id);

        var (hris, ats, _) = Integrations(Apply(options));

        hris.Hris.Employees.Count.Should().Be(10);
        ats.Ats.Candidates.Count.Should().Be(15);
    }

    [TestCase("Sideways", 0)]
    [TestCase("Extend", -1)]
    public void BadSettings_StopTheStart(string mode, int employees)
    {
        var act = () => Apply(new GeneratorOptions { Mode = mode, Employees = employees });

        act.Should().Throw<InvalidOperationException>().WithMessage("Generator:*");
    }

    [Test]
    public void TooFewJobs_NameTheIntegration()
    {
        var act = () => Apply(new GeneratorOptions { Candidates = 2, Applications = 20, Jobs = 0 });

        act.Should().Throw<InvalidOperationException>().WithMessage("*greenhouse:*need at least 10 jobs*");
    }

    [Test]
    public void IntegrationGenerator_CreatesADeterministicIntegration()
    {
        var create = new IntegrationGenerator(Generator, Options.Create(new GeneratorOptions { Seed = 3 }));
        var endUser = new EndUser("Globex Inc", "it@globex.example.com", "globex-1");

        var first = create.Create("acme", "bamboohr", Categories.Hris, endUser, Now, 1);
        var again = create.Create("acme", "bamboohr", Categories.Hris, endUser, Now, 1);
        var second = create.Create("acme", "bamboohr", Categories.Hris, endUser, Now, 2);
        var ats = create.Create("acme", "lever", Categories.Ats, endUser, Now, 3);

        first.Integration.Id.Should().StartWith("bamboohr:").And.NotBe(second.Integration.Id);
        first.Integration.CreatedAt.Should().Be(Now);
        first.Hris.Employees.Count.Should().Be(IntegrationGenerator.DefaultHris.Employees);
        Dump(again).Should().Be(Dump(first));
        Dump(second).Should().NotBe(Dump(first));
        ats.Ats.Jobs.Count.Should().Be(12);
        first.Hris.Employees.Rows.Should().OnlyContain(e => e.ChangedAt == Now, "a just-connected integration was synced just now");
        CheckHris(first);
        CheckAts(ats);
    }

    private static (IntegrationState Hris, IntegrationState Ats, IntegrationState Assessment) Integrations(SeedWorld world)
    {
        var integrations = world.Environments.Single().Integrations;
        return (integrations[0], integrations[1], integrations[2]);
    }
}
