using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General;

public class AuthenticationTests
{
    [Test]
    public async Task WithoutApiKey_AnswersAuthenticationInvalid()
    {
        var client = Simulator.Host.CreateCheckedClient();

        var body = await client.GetJson("/v1/check-api-key", HttpStatusCode.Unauthorized);

        body.ErrorCode().Should().Be("PLATFORM.AUTHENTICATION_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().StartWith("No auth token specified!");
    }

    [TestCase("Bearer wrong-key")]
    [TestCase("Basic dXNlcjpwYXNz")]
    public async Task WithWrongApiKey_AnswersAuthenticationInvalid(string header)
    {
        var client = Simulator.Host.CreateCheckedClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var body = await client.GetJson("/v1/hris/employees", HttpStatusCode.Unauthorized);

        body.ErrorCode().Should().Be("PLATFORM.AUTHENTICATION_INVALID");
    }

    [Test]
    public async Task WithUnknownIntegration_AnswersIntegrationNotFound()
    {
        var tenant = Simulator.CreateTenant(t => t.Hris());

        var body = await tenant.Client("personio:doesnotexist").GetJson("/v1/hris/employees", HttpStatusCode.NotFound);

        body.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
    }

    [Test]
    public async Task WithAnotherEnvironmentsIntegration_NeitherReadsNorWrites()
    {
        HrisBuilder foreign = null!;
        var owner = Simulator.CreateTenant(t =>
        {
            foreign = t.Hris();
            foreign.Employee();
        });
        var intruder = Simulator.CreateTenant(t => t.Hris());
        var client = intruder.Client(foreign.IntegrationId);

        var read = await client.GetJson("/v1/hris/employees", HttpStatusCode.NotFound);
        var write = await client.PostJson("/v1/hris/employees", new { first_name = "Eve", last_name = "Intruder" }, HttpStatusCode.NotFound);

        read.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        write.ErrorCode().Should().Be("PLATFORM.INTEGRATION_NOT_FOUND");
        owner.State(foreign.IntegrationId).Hris.Employees.Count.Should().Be(1);
    }
}

public class RoutingAndFormatErrorTests
{
    [Test]
    public async Task UnknownRoute_AnswersKombosMinimalNotFound()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().GetJson("/v1/hris/payslips", HttpStatusCode.NotFound);

        body["status"]!.GetValue<string>().Should().Be("error");
        body["error"]!["message"]!.GetValue<string>().Should().Be("Can not GET /v1/hris/payslips");
        body["error"]!.AsObject().Select(p => p.Key).Should().Equal("code", "title", "message", "log_url");
    }

    [Test]
    public async Task WrongMethod_AnswersLikeAnUnknownRoute()
    {
        var tenant = Simulator.CreateTenant(_ => { });

        var body = await tenant.Client().SendJson(HttpMethod.Put, "/v1/check-api-key", new { }, HttpStatusCode.NotFound);

        body["error"]!["message"]!.GetValue<string>().Should().Be("Can not PUT /v1/check-api-key");
    }

    [Test]
    public async Task UnknownRouteOutsideV1_AlsoAnswersWithTheEnvelope()
    {
        var client = Simulator.Host.CreateClient();

        var response = await client.GetAsync("/favicon.ico");
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        text.Should().StartWith("{\"status\":\"error\"");
    }

    [Test]
    public async Task NonJsonContentType_AnswersUnsupportedMediaTypeInTheEnvelope()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        using var content = new StringContent("first_name=A", Encoding.UTF8, "application/x-www-form-urlencoded");

        var body = await (await tenant.Client(hris.IntegrationId).PostAsync("/v1/hris/employees", content)).ReadJson(HttpStatusCode.UnsupportedMediaType);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("application/json");
    }

    [TestCase("{\"first_name\":")]
    [TestCase("[1,2,3]")]
    [TestCase("\"just a string\"")]
    public async Task MalformedJson_AnswersInputInvalid(string json)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());

        var body = await tenant.Client(hris.IntegrationId).PostJson("/v1/hris/employees", json, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(hris.IntegrationId).Hris.Employees.Count.Should().Be(0);
    }

    [TestCase("a[b=1")]
    [TestCase("x]=1&y[[=2")]
    public async Task FormBodyWithBracketedKeys_AnswersUnsupportedMediaType(string form)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");

        var body = await (await tenant.Client(hris.IntegrationId).PostAsync("/v1/hris/employees", content)).ReadJson(HttpStatusCode.UnsupportedMediaType);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        tenant.State(hris.IntegrationId).Hris.Employees.Count.Should().Be(0);
    }

    [Test]
    public async Task QueryWithBracketedKeys_IsIgnoredLikeAnyUnknownParameter()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => (hris = t.Hris()).Employee());

        var body = await tenant.Client(hris.IntegrationId).GetJson("/v1/hris/employees?a[b=1&page_size[=2");

        body.Results().Should().HaveCount(1);
    }

    [Test]
    public async Task BodyThatIsNotValidInItsDeclaredCharset_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"first_name\":\"Adam\"}"));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-16");

        var body = await (await tenant.Client(hris.IntegrationId).PostAsync("/v1/hris/employees", content)).ReadJson(HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("UTF-8");
        tenant.State(hris.IntegrationId).Hris.Employees.Count.Should().Be(0);
    }

    [Test]
    public async Task WrongJsonTypeInAPatchField_NamesTheField()
    {
        AtsBuilder ats = null!;
        Kombo.Sim.Api.Domain.Ats.Candidate candidate = null!;
        var tenant = Simulator.CreateTenant(t => candidate = (ats = t.Ats()).Candidate());
        var before = tenant.State(ats.IntegrationId);

        var body = await tenant.Client(ats.IntegrationId).SendJson(HttpMethod.Patch, $"/v1/ats/candidates/{candidate.Id}", "{\"title\":123}", HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("title").And.Contain("a string");
        tenant.State(ats.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task BodylessDelete_IsTreatedAsAnEmptyJsonBody()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client();
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/v1/integrations/{hris.IntegrationId}");

        var body = await (await client.SendAsync(request)).ReadJson();

        body["status"]!.GetValue<string>().Should().Be("success");
    }

    [Test]
    public async Task WrongCategory_AnswersModelNotAvailableForReadsAndActionNotAvailableForWrites()
    {
        HrisBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t => ats = t.Hris("greenhouse").WithIntegration(i => i with { Category = "ATS" }));
        var client = tenant.Client(ats.IntegrationId);

        var read = await client.GetJson("/v1/hris/employees", HttpStatusCode.NotImplemented);
        var write = await client.PostJson("/v1/hris/absences", new { employee_id = "x" }, HttpStatusCode.NotImplemented);

        read.ErrorCode().Should().Be("INTEGRATION.MODEL_NOT_AVAILABLE");
        write.ErrorCode().Should().Be("INTEGRATION.ACTION_NOT_AVAILABLE");
    }
}
