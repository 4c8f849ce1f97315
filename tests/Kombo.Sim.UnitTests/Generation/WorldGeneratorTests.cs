using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Seeding.Generation;
using static Kombo.Sim.UnitTests.Generation.GeneratedWorld;

namespace Kombo.Sim.UnitTests.Generation;

public class WorldGeneratorTests
{
    [TestCase("personio", Categories.Hris)]
    [TestCase("greenhouse", Categories.Ats)]
    [TestCase("smartrecruiters", Categories.Assessment)]
    public void SameRequest_GivesTheSameDataByteForByte(string tool, string category)
    {
        var request = Request(tool, category);

        var first = Dump(Generator.Generate(request));
        var second = Dump(Generator.Generate(request));

        first.Length.Should().BeGreaterThan(5000);
        second.Should().Be(first);
    }

    [Test]
    public void GenerationsRunningAtOnce_GiveTheSameDataAsOneAtATime()
    {
        var requests = new[] { Request("personio", Categories.Hris), Request("greenhouse", Categories.Ats), Request("hibob", Categories.Hris), Request("lever", Categories.Ats) };
        var alone = requests.Select(r => Dump(Generator.Generate(r))).ToList();

        var together = requests.Concat(requests).AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(r => Dump(Generator.Generate(r))).ToList();

        together.Should().Equal(alone.Concat(alone));
    }

    [TestCase("personio", Categories.Hris)]
    [TestCase("greenhouse", Categories.Ats)]
    [TestCase("smartrecruiters", Categories.Assessment)]
    public void DifferentSeed_GivesDifferentData(string tool, string category)
    {
        var one = Dump(Generator.Generate(Request(tool, category, seed: 1)));
        var other = Dump(Generator.Generate(Request(tool, category, seed: 2)));

        other.Should().NotBe(one);
    }

    [Test]
    public void DifferentIntegrations_WithTheSameSeed_GetDifferentPeople()
    {
        var personio = Generator.Generate(Request("personio", Categories.Hris));
        var bamboo = Generator.Generate(Request("bamboohr", Categories.Hris));

        var names = personio.Hris.Employees.Rows.Select(e => e.DisplayFullName);

        bamboo.Hris.Employees.Rows.Select(e => e.DisplayFullName).Should().NotEqual(names);
    }

    [TestCase("personio")]
    [TestCase("hibob")]
    [TestCase("silae")]
    [TestCase("datev")]
    [TestCase("sandbox")]
    public void Hris_KeepsTheSeedInvariants(string tool)
    {
        var state = Generator.Generate(Request(tool, Categories.Hris) with { Hris = new HrisSizes(300, 4) });

        state.Hris.Employees.Count.Should().Be(300);
        CheckHris(state);
    }

    [Test]
    public void Hris_HonoursTheSizes()
    {
        var state = Generator.Generate(Request("personio", Categories.Hris) with { Hris = new HrisSizes(120, 5) });

        var hris = state.Hris;
        var balanced = hris.Employees.Rows.Count(e => e.EmploymentStatus != "INACTIVE");

        hris.Employees.Count.Should().Be(120);
        hris.Absences.Count.Should().Be(600);
        hris.Employees.Rows.Should().OnlyContain(e => hris.Absences.InGroup(e.Id).Count() == 5);
        hris.TimeOffBalances.Count.Should().Be(balanced * 2, "every employee not gone has a vacation and an overtime balance");
        hris.Employments.Count.Should().BeGreaterThan(120);
        state.NextRemoteNumber.Should().BeGreaterThanOrEqualTo(100_000);
    }

    [Test]
    public void Hris_LooksLikeARealCompany()
    {
        var hris = Generator.Generate(Request("personio", Categories.Hris) with { Hris = new HrisSizes(400, 4) }).Hris;

        var employees = hris.Employees.Rows;

        employees.Select(e => e.EmploymentStatus).Distinct().Should().BeEquivalentTo(["ACTIVE", "PENDING", "LEAVE", "INACTIVE"]);
        employees.Count(e => e.EmploymentStatus == "ACTIVE").Should().BeGreaterThan(employees.Count * 3 / 4);
        employees.Where(e => e.EmploymentStatus == "PENDING").Should().OnlyContain(e => e.StartDate > Now);
        employees.Where(e => e.EmploymentStatus == "INACTIVE").Should().OnlyContain(e => e.TerminationDate < Now);
        employees.Where(e => e.EmploymentStatus == "LEAVE").Should().OnlyContain(e =>
            hris.Absences.InGroup(e.Id).Any(a => a.StartDate <= DateOnly.FromDateTime(Now.UtcDateTime) && a.EndDate >= DateOnly.FromDateTime(Now.UtcDateTime)));
        employees.Count(e => e.ManagerId == null).Should().Be(1, "one CEO tops the chain");
        employees.Should().Contain(e => hris.Employments.InGroup(e.Id).Count() == 2);
        employees.Select(e => e.HomeAddress!.Country).Distinct().Should().HaveCountGreaterThanOrEqualTo(1);
        hris.Groups.Rows.Select(g => g.Type).Distinct().Should().BeEquivalentTo(["DEPARTMENT", "TEAM", "COST_CENTER"]);
        hris.Groups.Rows.Where(g => g.Type == "TEAM").Should().OnlyContain(t => hris.Groups.Find(t.ParentId!)!.Type == "DEPARTMENT");
        hris.Locations.Count.Should().BeInRange(2, 4);
        hris.LegalEntities.Count.Should().BeInRange(1, 2);
        hris.AbsenceTypes.Rows.Should().Contain(t => t.Unit == "DAYS" && t.HalfDaysSupported == true)
            .And.Contain(t => t.Unit == "DAYS" && t.HalfDaysSupported == false)
            .And.Contain(t => t.Unit == "HOURS" && t.ExactTimesSupported == true);
        hris.Absences.Rows.Select(a => a.Status).Distinct().Should().Contain(["APPROVED", "REQUESTED", "DECLINED", "DELETED"]);
        hris.Absences.Rows.Should().Contain(a => a.StartHalfDay == true).And.Contain(a => a.StartTime != null);
        hris.Employments.Rows.Select(e => e.PayCurrency).Should().Contain("EUR");
        employees[0].WorkEmail.Should().EndWith("@acme.de");
    }

    [Test]
    public void Hris_FollowsTheToolsCoverage()
    {
        var hibob = Generator.Generate(Request("hibob", Categories.Hris)).Hris;
        var silae = Generator.Generate(Request("silae", Categories.Hris)).Hris;
        var datev = Generator.Generate(Request("datev", Categories.Hris)).Hris;

        hibob.LegalEntities.Count.Should().Be(0, "HiBob has no GET /hris/legal-entities");
        hibob.Employees.Rows.Should().OnlyContain(e => e.LegalEntityId == null);
        hibob.TimeOffBalances.Count.Should().BeGreaterThan(0);
        silae.Locations.Count.Should().Be(0, "Silae has no GET /hris/locations");
        silae.TimeOffBalances.Count.Should().Be(0, "Silae has no GET /hris/time-off-balances");
        silae.Absences.Count.Should().BeGreaterThan(0);
        datev.Employees.Count.Should().Be(25, "employees are generated for every HRIS tool");
        datev.Absences.Count.Should().Be(0);
        datev.Groups.Count.Should().Be(0);
        datev.Employments.Count.Should().Be(0);
        datev.AbsenceTypes.Count.Should().BeGreaterThan(0, "DATEV serves absence types");
    }

    [Test]
    public void Hris_WithoutEmployees_StillHasTheOrganisation()
    {
        var hris = Generator.Generate(Request("personio", Categories.Hris) with { Hris = new HrisSizes(0, 3) }).Hris;

        hris.Employees.Count.Should().Be(0);
        hris.Absences.Count.Should().Be(0);
        hris.Groups.Count.Should().BeGreaterThan(0);
        hris.AbsenceTypes.Count.Should().Be(4);
    }

    [TestCase("greenhouse")]
    [TestCase("jazzhr")]
    [TestCase("lever")]
    [TestCase("sandbox")]
    public void Ats_KeepsTheSeedInvariants(string tool)
    {
        var state = Generator.Generate(Request(tool, Categories.Ats) with { Ats = new AtsSizes(15, 200, 320) });

        CheckAts(state);
    }

    [Test]
    public void Ats_HonoursTheSizesAndLooksLikeARealPipeline()
    {
        var ats = Generator.Generate(Request("greenhouse", Categories.Ats) with { Ats = new AtsSizes(20, 300, 450) }).Ats;

        ats.Jobs.Count.Should().Be(20);
        ats.Candidates.Count.Should().Be(300);
        ats.Applications.Count.Should().Be(450);
        ats.Candidates.Rows.Select(c => ats.ApplicationsOf(c.Id).Count()).Distinct().Should().BeEquivalentTo([1, 2]);
        ats.Jobs.Rows.Select(j => j.Status).Distinct().Should().Contain(["OPEN", "CLOSED"]);
        ats.Jobs.Rows.Should().OnlyContain(j => j.Stages.Count >= 3 && j.Stages.Count <= 7);
        ats.Jobs.Rows.SelectMany(j => j.ScreeningQuestions).Select(q => q.Format!.Type).Distinct()
            .Should().Contain(["TEXT", "NUMBER", "BOOLEAN", "SINGLE_SELECT", "MULTI_SELECT", "DATE", "FILE"]);
        ats.Jobs.Rows.SelectMany(j => j.HiringTeam).SelectMany(m => m.HiringTeamRoles).Distinct().Should().BeEquivalentTo(["RECRUITER", "HIRING_MANAGER"]);
        ats.Applications.Rows.Select(a => a.Outcome).Distinct().Should().BeEquivalentTo(["PENDING", "HIRED", "DECLINED"]);
        ats.Applications.Rows.Should().Contain(a => a.ScreeningQuestionAnswers.Count > 0);
        ats.Applications.Rows.Where(a => a.Outcome == "HIRED").Should().OnlyContain(a => a.Offers.Single().Status == "ACCEPTED");
        ats.Tags.Count.Should().BeGreaterThanOrEqualTo(8);
        ats.Candidates.Rows.Should().Contain(c => c.TagIds.Count > 0);
        ats.Users.Count.Should().BeGreaterThanOrEqualTo(5);
    }

    [Test]
    public void Ats_ManyApplicationsPerCandidate_GetEnoughJobs()
    {
        var ats = Generator.Generate(Request("greenhouse", Categories.Ats) with { Ats = new AtsSizes(null, 100, 1000) }).Ats;

        ats.Applications.Count.Should().Be(1000);
        ats.Candidates.Rows.Should().OnlyContain(c => ats.ApplicationsOf(c.Id).Count() == 10);
        ats.Applications.Rows.GroupBy(a => (a.CandidateId, a.JobId)).Should().OnlyContain(g => g.Count() == 1);
    }

    [Test]
    public void Ats_MoreApplicationsThanJobsAllow_IsRefused()
    {
        var request = Request("greenhouse", Categories.Ats) with { Ats = new AtsSizes(3, 10, 100) };

        var act = () => Generator.Generate(request);

        act.Should().Throw<GeneratorSizeException>().WithMessage("*need at least 10 jobs*");
    }

    [Test]
    public void Ats_FollowsTheToolsCoverage()
    {
        var jazz = Generator.Generate(Request("jazzhr", Categories.Ats)).Ats;
        var bamboo = Generator.Generate(Request("bamboohr", Categories.Ats)).Ats;

        jazz.Tags.Count.Should().Be(0, "JazzHR has no GET /ats/tags");
        jazz.Candidates.Rows.Should().OnlyContain(c => c.TagIds.Count == 0);
        jazz.Users.Count.Should().BeGreaterThan(0);
        bamboo.Users.Count.Should().Be(0, "BambooHR has no GET /ats/users");
        bamboo.Jobs.Rows.Should().Contain(j => j.HiringTeam.Count > 0, "hiring teams still name the recruiters");
    }

    [Test]
    public void Assessment_HasPackagesAndOpenOrdersForPlausibleCandidates()
    {
        var state = Generator.Generate(Request("smartrecruiters", Categories.Assessment) with { Assessment = new AssessmentSizes(4, 30) });

        var assessment = state.Assessment;

        assessment.Packages.Count.Should().Be(4);
        assessment.Packages.Rows.Select(p => p.Type).Should().OnlyContain(t => Kombo.Sim.Api.Domain.Assessment.AssessmentRules.PackageTypes.Contains(t));
        assessment.Orders.Count.Should().Be(30);
        assessment.Orders.Rows.Should().OnlyContain(o => o.Status == "OPEN" && assessment.Packages.Find(o.PackageId) != null);
        assessment.Orders.Rows.Should().OnlyContain(o => o.Candidate.Email.Contains('@') && o.Job.Name != null && o.Job.HiringTeam.Count > 0);
        assessment.Orders.Rows.Select(o => o.Candidate.Email).Distinct().Should().HaveCountGreaterThan(10);
    }

    [Test]
    public void Country_CanBeChosen()
    {
        var hris = Generator.Generate(Request("bamboohr", Categories.Hris, organization: "Acme") with { Country = "US" }).Hris;

        hris.Employments.Rows.Should().OnlyContain(e => e.PayCurrency == "USD");
        hris.Employees.Rows.Should().OnlyContain(e => e.WorkEmail!.EndsWith("@acme.com", StringComparison.Ordinal));
    }

    [Test]
    public void Country_FollowsTheLegalForm()
    {
        var hris = Generator.Generate(Request("sandbox", Categories.Hris, organization: "Brightside Labs Ltd")).Hris;

        hris.LegalEntities.Rows[0].Name.Should().Be("Brightside Labs Ltd");
        hris.Employments.Rows.Should().Contain(e => e.PayCurrency == "GBP");
    }

    [TestCase(-1, 0)]
    [TestCase(10, 101)]
    public void SizesOutOfRange_AreRefused(int employees, int absences)
    {
        var request = Request("personio", Categories.Hris) with { Hris = new HrisSizes(employees, absences) };

        var act = () => Generator.Generate(request);

        act.Should().Throw<GeneratorSizeException>();
    }

    [Test]
    public void Extend_KeepsTheExistingRecordsFirstAndReusesTheOrganisation()
    {
        var baseline = Generator.Generate(Request("personio", Categories.Hris, seed: 3) with { Hris = new HrisSizes(40, 2) });

        var extended = Generator.Extend(baseline, Request("personio", Categories.Hris, seed: 4) with { Hris = new HrisSizes(200, 3) });

        var hris = extended.Hris;
        hris.Employees.Count.Should().Be(240);
        hris.Employees.Rows.Take(40).Should().Equal(baseline.Hris.Employees.Rows);
        hris.Absences.Count.Should().Be(baseline.Hris.Absences.Count + 600);
        hris.Groups.Count.Should().Be(baseline.Hris.Groups.Count, "the organisation is reused");
        hris.AbsenceTypes.Count.Should().Be(4);
        hris.Employees.Rows.Skip(40).Should().OnlyContain(e => long.Parse(e.RemoteId!, System.Globalization.CultureInfo.InvariantCulture) >= baseline.NextRemoteNumber);
        hris.Employees.Rows.Count(e => e.ManagerId == null).Should().Be(1, "new people report up to the existing CEO");
        extended.NextRemoteNumber.Should().BeGreaterThan(baseline.NextRemoteNumber);
        CheckHris(extended);
    }

    [Test]
    public void Extend_KeepsTheModelsTheIntegrationHasEvenBeyondCoverage()
    {
        var datev = Generator.Generate(Request("datev", Categories.Hris));
        var employee = datev.Hris.Employees.Rows[0];
        var employment = new Employment { Id = "seeded-employment", RemoteId = "1", EmployeeId = employee.Id, ChangedAt = Now, PayCurrency = "EUR" };
        var seeded = datev with { Hris = datev.Hris with { Employments = Kombo.Sim.Api.State.Table<Employment>.Create([employment], Kombo.Sim.Api.State.HrisData.EmploymentGroupKey) } };

        var extended = Generator.Extend(seeded, Request("datev", Categories.Hris) with { Hris = new HrisSizes(10, 2) });

        extended.Hris.Employments.Count.Should().BeGreaterThanOrEqualTo(11, "the seed gives DATEV employees employments, so the new ones get them too");
        extended.Hris.Absences.Count.Should().Be(0, "neither DATEV's coverage nor the seed has absences");
    }

    [Test]
    public void Extend_Ats_AddsCandidatesToTheExistingJobs()
    {
        var baseline = Generator.Generate(Request("greenhouse", Categories.Ats, seed: 3) with { Ats = new AtsSizes(6, 20, 30) });

        var extended = Generator.Extend(baseline, Request("greenhouse", Categories.Ats, seed: 4) with { Ats = new AtsSizes(null, 100, 150) });

        var ats = extended.Ats;
        ats.Jobs.Count.Should().Be(6);
        ats.Candidates.Count.Should().Be(120);
        ats.Applications.Count.Should().Be(180);
        ats.Users.Count.Should().Be(baseline.Ats.Users.Count);
        ats.Tags.Count.Should().Be(baseline.Ats.Tags.Count);
        CheckAts(extended);
    }

    [Test]
    public void Extend_IsDeterministicToo()
    {
        var baseline = Generator.Generate(Request("personio", Categories.Hris));
        var request = Request("personio", Categories.Hris, seed: 9) with { Hris = new HrisSizes(50, 2) };

        var first = Dump(Generator.Extend(baseline, request));
        var second = Dump(Generator.Extend(baseline, request));

        second.Should().Be(first);
    }
}
