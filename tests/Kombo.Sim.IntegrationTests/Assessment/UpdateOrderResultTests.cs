using System.Net;
using Kombo.Sim.Api.Domain.Assessment;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Assessment;

public class UpdateOrderResultTests
{
    private const string OpenUrl = "/v1/assessment/orders/open";

    [Test]
    public async Task CompletedResult_RemovesOrderFromOpenListAndKeepsTheResult()
    {
        AssessmentOrder order = null!, other = null!;
        var tenant = AssessmentTenant.Create(a =>
        {
            var package = a.Package("1001");
            order = a.Order(package);
            other = a.Order(package);
        });
        var client = tenant.Client();
        var body = new
        {
            status = "COMPLETED",
            score = 90,
            max_score = 100,
            result_url = "https://vendor.example.com/results/1",
            completed_at = "2026-11-30T16:00:00.000Z",
            attributes = new object[]
            {
                new { type = "TEXT", label = "Role fit", value = "Excellent" },
                new { type = "SUB_RESULT", id = "personality", label = "Personality test", score = new { value = 97, max = 100 }, status = "COMPLETED" },
            },
            attachments = new[] { new { name = "Assessment Report.pdf", content_type = "application/pdf", data = "SGkgdGhlcmU=" } },
            remote_fields = new { smartrecruiters = new { scoreLabel = "Great" } },
        };

        var put = await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), body);
        var open = await client.GetJson(OpenUrl);

        put["data"]!.AsObject().Should().BeEmpty();
        put["warnings"]!.AsArray().Should().BeEmpty();
        open.Ids().Should().Equal(other.Id);
        var stored = tenant.State().Assessment.Orders.Find(order.Id)!;
        stored.Status.Should().Be(AssessmentRules.Completed);
        stored.ChangedAt.Should().Be(SimulatorHost.Now);
        stored.Result.Should().BeEquivalentTo(new
        {
            Status = "COMPLETED",
            ResultUrl = "https://vendor.example.com/results/1",
            CompletedAt = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero),
            Score = 90.0,
            MaxScore = 100.0,
            ReceivedAt = SimulatorHost.Now,
        });
        stored.Result!.Attributes.Should().BeEquivalentTo(new[]
        {
            new ResultAttribute { Type = "TEXT", Label = "Role fit", Value = "Excellent" },
            new ResultAttribute { Type = "SUB_RESULT", Id = "personality", Label = "Personality test", Score = new SubResultScore(97, 100), Status = "COMPLETED" },
        });
        stored.Result.Attachments.Single().Name.Should().Be("Assessment Report.pdf");
    }

    [Test]
    public async Task CancelledResult_RemovesOrderFromOpenList()
    {
        var (tenant, order) = WithOrder();
        var client = tenant.Client();

        await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), Result("CANCELLED"));
        var open = await client.GetJson(OpenUrl);

        open.Results().Should().BeEmpty();
    }

    [Test]
    public async Task OpenResult_KeepsOrderOpenUntilAFinalResult()
    {
        var (tenant, order) = WithOrder();
        var client = tenant.Client();

        await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), new { status = "OPEN", result_url = "https://vendor.example.com/progress/1" });
        var stillOpen = await client.GetJson(OpenUrl);
        await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), Result("COMPLETED"));
        var afterCompletion = await client.GetJson(OpenUrl);

        stillOpen.Ids().Should().Equal(order.Id);
        afterCompletion.Results().Should().BeEmpty();
    }

    [Test]
    public async Task UnknownOrder_AnswersNotFoundAndChangesNothing()
    {
        var (tenant, order) = WithOrder();
        var client = tenant.Client();
        var before = tenant.State();

        var error = await client.SendJson(HttpMethod.Put, ResultUrl("UnknownOrderId1234567890"), Result("COMPLETED"), HttpStatusCode.NotFound);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Be("Assessment order with ID UnknownOrderId1234567890 not found.");
        tenant.State().Should().BeSameAs(before);
        (await client.GetJson(OpenUrl)).Ids().Should().Equal(order.Id);
    }

    [TestCase(AssessmentRules.Completed)]
    [TestCase(AssessmentRules.Cancelled)]
    public async Task ResultForClosedOrder_AnswersInputInvalidAndChangesNothing(string status)
    {
        var (tenant, order) = WithOrder(status);
        var client = tenant.Client();
        var before = tenant.State();

        var error = await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), Result("COMPLETED"), HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Contain($"already {status}").And.Contain("only be reported while the order is OPEN");
        tenant.State().Should().BeSameAs(before);
    }

    [Test]
    public async Task SecondResultAfterCompletion_AnswersInputInvalidAndKeepsTheFirst()
    {
        var (tenant, order) = WithOrder();
        var client = tenant.Client();
        await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), Result("COMPLETED"));

        var error = await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), Result("CANCELLED"), HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        var stored = tenant.State().Assessment.Orders.Find(order.Id)!;
        stored.Status.Should().Be(AssessmentRules.Completed);
        stored.Result!.Status.Should().Be(AssessmentRules.Completed);
    }

    [TestCase("""{"status":"COMPLETED","result_url":"https://x.example.com/r"}""", "completed_at")]
    [TestCase("""{"status":"CANCELLED","result_url":"https://x.example.com/r"}""", "completed_at")]
    [TestCase("""{"result_url":"https://x.example.com/r"}""", "status")]
    [TestCase("""{"status":"DONE","result_url":"https://x.example.com/r"}""", "status")]
    [TestCase("""{"status":"OPEN"}""", "result_url")]
    [TestCase("""{"status":"OPEN","result_url":"not a url"}""", "result_url")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","completed_at":"yesterday"}""", "completed_at")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","score":"high"}""", "score")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"CHART","label":"l"}]}""", "attributes[0].type")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"TEXT","label":"l"}]}""", "attributes[0].value")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"TEXT","value":"v"}]}""", "attributes[0].label")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"SUB_RESULT","label":"l","score":{"value":1,"max":10},"status":"COMPLETED"}]}""", "attributes[0].id")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"SUB_RESULT","id":"i","label":"l","status":"COMPLETED"}]}""", "attributes[0].score")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"SUB_RESULT","id":"i","label":"l","score":{"value":1,"max":0},"status":"COMPLETED"}]}""", "attributes[0].score.max")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"SUB_RESULT","id":"i","label":"l","score":{"max":10},"status":"COMPLETED"}]}""", "attributes[0].score.value")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attributes":[{"type":"SUB_RESULT","id":"i","label":"l","score":{"value":1,"max":10},"status":"OPEN"}]}""", "attributes[0].status")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attachments":[{"name":"a.pdf"}]}""", "attachments[0]")]
    [TestCase("""{"status":"OPEN","result_url":"https://x.example.com/r","attachments":[{"name":"a.pdf","data":"SGk=","data_url":"https://x.example.com/a.pdf","content_type":"application/pdf"}]}""", "attachments[0]")]
    public async Task InvalidBody_AnswersInputInvalidNamingTheFieldAndChangesNothing(string body, string field)
    {
        var (tenant, order) = WithOrder();
        var client = tenant.Client();
        var before = tenant.State();

        var error = await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), body, HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Contain(field);
        tenant.State().Should().BeSameAs(before);
    }

    [Test]
    public async Task MoreThanFiveAttachments_AnswersInputInvalid()
    {
        var (tenant, order) = WithOrder();
        var client = tenant.Client();
        var before = tenant.State();
        var attachments = Enumerable.Range(1, 6).Select(i => new { name = $"report-{i}.pdf", data_url = $"https://files.example.com/{i}.pdf" });

        var error = await client.SendJson(HttpMethod.Put, ResultUrl(order.Id),
            new { status = "OPEN", result_url = "https://x.example.com/r", attachments }, HttpStatusCode.BadRequest);

        error.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        error["error"]!["message"]!.GetValue<string>().Should().Contain("at most 5 attachments");
        tenant.State().Should().BeSameAs(before);
    }

    [Test]
    public async Task UnsupportedTool_AnswersActionNotAvailableAndChangesNothing()
    {
        var (tenant, order) = WithOrder(tool: "sandbox");
        var client = tenant.Client();
        var before = tenant.State();

        var error = await client.SendJson(HttpMethod.Put, ResultUrl(order.Id), Result("COMPLETED"), HttpStatusCode.NotImplemented);

        error.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
        tenant.State().Should().BeSameAs(before);
        (await client.GetJson(OpenUrl)).Ids().Should().Equal(order.Id);
    }

    private static (AssessmentTenant Tenant, AssessmentOrder Order) WithOrder(string status = AssessmentRules.Open, string tool = "smartrecruiters")
    {
        AssessmentOrder order = null!;
        var tenant = AssessmentTenant.Create(a => order = a.Order(a.Package("1001"), status), tool);
        return (tenant, order);
    }

    private static string ResultUrl(string orderId) => $"/v1/assessment/orders/{orderId}/result";

    private static object Result(string status) => new
    {
        status,
        result_url = "https://vendor.example.com/results/1",
        completed_at = "2026-11-30T16:00:00.000Z",
    };
}
