using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Assessment;

public class ListOpenOrdersTests
{
    private const string Url = "/v1/assessment/orders/open";
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Test]
    public async Task OpenOrder_IsListedWithCandidateApplicationAndJob()
    {
        AssessmentOrder order = null!;
        var tenant = AssessmentTenant.Create(a => order = a.Order(a.Package("1001")));

        var body = await tenant.Client().GetJson(Url);

        body["data"]!["next"].Should().BeNull();
        var expected = $$$"""
            {"id":"{{{order.Id}}}","package_id":"1001",
            "candidate":{"email":"candidate1@example.com","first_name":"First1","last_name":"Last1","phone":"+49 30 1234567","remote_id":"cand-1"},
            "application":{"remote_id":"app-1"},
            "job":{"remote_id":"job-1","name":"Backend Engineer",
            "location":{"city":"Berlin","country":"DE","raw":null,"state":null,"street_1":null,"street_2":null,"zip_code":null},
            "hiring_team":[{"remote_id":"user-1","email":"recruiter@example.com","first_name":"Rita","last_name":"Recruiter","hiring_team_roles":["RECRUITER"]}]}}
            """.ReplaceLineEndings("");
        body.Results().Single()!.ToJsonString(Unescaped).Should().Be(expected);
    }

    [Test]
    public async Task OrderWithSparseAtsData_WritesNulls()
    {
        var tenant = AssessmentTenant.Create(a => a.Order(a.Package("1001"), change: o => o with
        {
            Candidate = new OrderCandidate { Email = "only@example.com" },
            Application = new OrderApplication(),
            Job = new OrderJob(),
        }));

        var body = await tenant.Client().GetJson(Url);

        var item = body.Results().Single()!;
        item["candidate"]!.AsObject().Should().ContainKey("first_name").WhoseValue.Should().BeNull("Kombo writes nulls");
        item["application"]!.AsObject().Should().ContainKey("remote_id").WhoseValue.Should().BeNull();
        item["job"]!.AsObject().Should().ContainKey("location").WhoseValue.Should().BeNull();
        item["job"]!["hiring_team"]!.AsArray().Should().BeEmpty();
    }

    [Test]
    public async Task CompletedAndCancelledOrders_AreNotListed()
    {
        AssessmentOrder open = null!;
        var tenant = AssessmentTenant.Create(a =>
        {
            var package = a.Package("1001");
            a.Order(package, AssessmentRules.Completed);
            open = a.Order(package);
            a.Order(package, AssessmentRules.Cancelled);
        });

        var body = await tenant.Client().GetJson(Url);

        body.Ids().Should().Equal(open.Id);
    }

    [Test]
    public async Task PageSize_WalksEveryOpenOrderOnceInOrder()
    {
        var open = new List<string>();
        var tenant = AssessmentTenant.Create(a =>
        {
            var package = a.Package("1001");
            for (var i = 0; i < 7; i++)
            {
                var order = a.Order(package, i % 3 == 1 ? AssessmentRules.Completed : AssessmentRules.Open);
                if (order.Status == AssessmentRules.Open)
                {
                    open.Add(order.Id);
                }
            }
        });
        var client = tenant.Client();

        var first = await client.GetJson($"{Url}?page_size=2");
        var all = await client.WalkAll(Url, 2);

        first.Results().Count.Should().Be(2);
        first["data"]!["next"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        all.Select(o => o["id"]!.GetValue<string>()).Should().Equal(open);
    }

    [Test]
    public async Task CommonListFilters_AreNotApplied()
    {
        var tenant = AssessmentTenant.Create(a =>
        {
            var package = a.Package("1001");
            a.Order(package);
            a.Order(package);
        });

        var body = await tenant.Client().GetJson($"{Url}?ids=unknown&include_deleted=maybe");

        body.Results().Count.Should().Be(2, "Kombo's open orders take cursor and page_size only; other parameters are ignored");
    }

    [TestCase("page_size=0", "page_size")]
    [TestCase("page_size=251", "page_size")]
    [TestCase("page_size=ten", "page_size")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    public async Task InvalidPaging_AnswersInputInvalidNamingTheParameter(string query, string parameter)
    {
        var tenant = AssessmentTenant.Create(a => a.Order(a.Package("1001")));

        var error = await tenant.Client().GetJson($"{Url}?{query}", HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Contain(parameter);
    }

    [Test]
    public async Task CursorOfAnotherIntegration_AnswersInputInvalid()
    {
        AssessmentBuilder first = null!, second = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            first = t.Assessment();
            var package = first.Package("1001");
            first.Order(package);
            first.Order(package);
            second = t.Assessment();
        });
        var page = await tenant.Client(first.IntegrationId).GetJson($"{Url}?page_size=1");
        var cursor = page["data"]!["next"]!.GetValue<string>();

        var error = await tenant.Client(second.IntegrationId).GetJson($"{Url}?cursor={Uri.EscapeDataString(cursor)}", HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }
}
