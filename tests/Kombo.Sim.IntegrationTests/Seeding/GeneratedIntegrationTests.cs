using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.Seeding.Generation;
using Kombo.Sim.Api.State;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Seeding;

/// <summary>Integrations generated from scratch, organisation and all, read through every list of /v1 (each response schema-checked).</summary>
public class GeneratedIntegrationTests
{
    private static readonly WorldGenerator Generator = new(OperationCatalog.Load());

    private static IntegrationState Generate(string tool, string category, Func<GeneratorRequest, GeneratorRequest>? sizes = null)
    {
        var request = new GeneratorRequest
        {
            Integration = new Integration
            {
                Id = KomboIds.ForIntegration("generated-tests", tool, Guid.NewGuid().ToString("N")),
                Tool = tool,
                Category = category,
                EndUser = new EndUser("Globex GmbH", "it@globex.example.com", "globex"),
                CreatedAt = SimulatorHost.Now.AddMonths(-14),
            },
            Now = SimulatorHost.Now,
            Seed = 21,
        };
        return Generator.Generate(sizes?.Invoke(request) ?? request);
    }

    [TestCase("personio")]
    [TestCase("sandbox")]
    [TestCase("hibob")]
    public async Task Hris_EveryListAnswersWithinKombosSchemas(string tool)
    {
        var state = Generate(tool, Categories.Hris, r => r with { Hris = new HrisSizes(120, 4) });
        var tenant = Simulator.CreateTenant(t => t.Integration(state));
        var client = tenant.Client(state.Integration.Id);
        var coverage = OperationCatalog.Load();

        var employees = await client.WalkAll("/v1/hris/employees", 50);
        foreach (var (operation, path) in new[]
        {
            ("GetHrisEmployments", "/v1/hris/employments"), ("GetHrisGroups", "/v1/hris/groups"), ("GetHrisTeams", "/v1/hris/teams"),
            ("GetHrisLocations", "/v1/hris/locations"), ("GetHrisLegalEntities", "/v1/hris/legal-entities"), ("GetHrisAbsenceTypes", "/v1/hris/absence-types"),
            ("GetHrisTimeOffBalances", "/v1/hris/time-off-balances"), ("GetHrisAbsences", "/v1/hris/absences?include_deleted=true"),
        })
        {
            if (coverage.Get(operation).IsSupportedBy(tool))
            {
                (await client.WalkAll(path, 250)).Should().NotBeEmpty("{0} has generated records", path);
            }
        }

        employees.Should().HaveCount(120);
        employees.Should().Contain(e => e["manager"] != null && e["groups"]!.AsArray().Count > 0);
    }

    [Test]
    public async Task Hris_GeneratedEmployeesTakeAbsencesLikeAnyOther()
    {
        var state = Generate("personio", Categories.Hris);
        var tenant = Simulator.CreateTenant(t => t.Integration(state));
        var client = tenant.Client(state.Integration.Id);
        var employee = state.Hris.Employees.Rows.First(e => e.EmploymentStatus == "ACTIVE" && state.Hris.TimeOffBalances.InGroup(e.Id).Count > 0);
        var vacation = state.Hris.AbsenceTypes.Rows.First(t => t.HalfDaysSupported == true);
        var before = state.Hris.TimeOffBalances.InGroup(employee.Id).Single(b => b.TypeId == vacation.Id);

        await client.PostJson("/v1/hris/absences", new
        {
            employee_id = employee.Id,
            absence_type_id = vacation.Id,
            status = "APPROVED",
            start_date = "2027-08-02",
            end_date = "2027-08-03",
            employee_note = (string?)null,
        });
        var balance = (await client.GetJson($"/v1/hris/time-off-balances?employee_id={employee.Id}")).Results()
            .Single(b => b!["type_id"]!.GetValue<string>() == vacation.Id)!;

        balance["used"]!.GetValue<double>().Should().Be(before.Used!.Value + 2);
        balance["balance"]!.GetValue<double>().Should().Be(before.Balance!.Value - 2);
    }

    [TestCase("greenhouse")]
    [TestCase("jazzhr")]
    public async Task Ats_EveryListAnswersWithinKombosSchemas(string tool)
    {
        var state = Generate(tool, Categories.Ats, r => r with { Ats = new AtsSizes(14, 150, 240) });
        var tenant = Simulator.CreateTenant(t => t.Integration(state));
        var client = tenant.Client(state.Integration.Id);

        var jobs = await client.WalkAll("/v1/ats/jobs", 5);
        var candidates = await client.WalkAll("/v1/ats/candidates", 100);
        var applications = await client.WalkAll("/v1/ats/applications", 100);
        var stages = await client.WalkAll("/v1/ats/application-stages", 250);
        var users = await client.WalkAll("/v1/ats/users", 250);

        jobs.Should().HaveCount(14);
        candidates.Should().HaveCount(150);
        applications.Should().HaveCount(240);
        stages.Should().HaveCount(jobs.Sum(j => j["stages"]!.AsArray().Count));
        users.Should().NotBeEmpty();
        if (tool == "greenhouse")
        {
            (await client.WalkAll("/v1/ats/tags", 250)).Should().NotBeEmpty();
        }
    }

    [Test]
    public async Task Ats_GeneratedApplicationsMoveAndNewCandidatesApply()
    {
        var state = Generate("greenhouse", Categories.Ats);
        var tenant = Simulator.CreateTenant(t => t.Integration(state));
        var client = tenant.Client(state.Integration.Id);
        var application = state.Ats.Applications.Rows.First(a => a.Outcome == "PENDING");
        var job = state.Ats.Jobs.Find(application.JobId!)!;
        var next = job.Stages.First(s => s.Id != application.CurrentStageId);
        var open = state.Ats.Jobs.Rows.First(j => j.Status == "OPEN" && j.ScreeningQuestions.Count > 0);

        await client.SendJson(HttpMethod.Put, $"/v1/ats/applications/{application.Id}/stage", new { stage_id = next.Id });
        var moved = (await client.GetJson($"/v1/ats/applications?ids={application.Id}")).Results().Single()!;
        var created = await client.PostJson($"/v1/ats/jobs/{open.Id}/applications", new
        {
            candidate = new { first_name = "Ada", last_name = "Newcomer", email_address = "ada.newcomer@example.org" },
            screening_question_answers = open.ScreeningQuestions
                .Where(q => q.Required == true && q.PreconditionQuestionId == null && q.Format!.Type != "INFORMATION")
                .Select(q => new { question_id = q.Id, answer = Answer(q) }),
        });

        moved["current_stage_id"]!.GetValue<string>().Should().Be(next.Id);
        created["data"]!["job_id"]!.GetValue<string>().Should().Be(open.Id);
    }

    /// <summary>A valid answer of the question's type, as a client sends it.</summary>
    private static object Answer(Kombo.Sim.Api.Domain.Ats.ScreeningQuestion question) => question.Format!.Type switch
    {
        "NUMBER" => question.Format.Min ?? 0,
        "BOOLEAN" => false,
        "SINGLE_SELECT" => question.Format.Options![0].Id,
        "MULTI_SELECT" => new[] { question.Format.Options![0].Id },
        "DATE" => "2027-01-04",
        "FILE" => new { name = "cv.pdf", content_type = "application/pdf", data = "JVBERi0xLjQK" },
        _ => question.Format.DisplayType switch
        {
            "URL" => "https://example.org/ada",
            "EMAIL" => "ada@example.org",
            _ => "Because I like the product.",
        },
    };

    [Test]
    public async Task Assessment_OpenOrdersAnswerWithinKombosSchemas()
    {
        var state = Generate("smartrecruiters", Categories.Assessment, r => r with { Assessment = new AssessmentSizes(5, 40) });
        var tenant = Simulator.CreateTenant(t => t.Integration(state));
        var client = tenant.Client(state.Integration.Id);

        var packages = await client.GetJson("/v1/assessment/packages");
        var orders = await client.WalkAll("/v1/assessment/orders/open", 15);

        packages["data"]!["packages"]!.AsArray().Should().HaveCount(5);
        orders.Should().HaveCount(40);
    }
}
