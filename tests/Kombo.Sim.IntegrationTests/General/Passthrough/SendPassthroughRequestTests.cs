using System.Net;
using System.Text;
using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.General.Passthrough;

public class SendPassthroughRequestTests
{
    [Test]
    public async Task ToolOfAnotherIntegration_AnswersInputInvalidListingTheValidApis()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("personio"));
        var before = tenant.State(hris.IntegrationId);

        var body = await tenant.Client(hris.IntegrationId).Passthrough("greenhouse/harvest", new { method = "GET", path = "/candidates" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        var message = body["error"]!["message"]!.GetValue<string>();
        message.Should().Contain("greenhouse/harvest").And.Contain("personio/personnel").And.Contain("personio/recruitingV2");
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task UnknownApiOfTheIntegrationsTool_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("personio"));

        var body = await tenant.Client(hris.IntegrationId).Passthrough("personio/personnelv3", new { method = "GET", path = "/company/employees" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("personio/personnelv2");
    }

    [Test]
    public async Task ApiIdInAnotherCase_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("personio"));

        var body = await tenant.Client(hris.IntegrationId).Passthrough("personio/recruitingv2", new { method = "GET", path = "/applications" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
    }

    [Test]
    public async Task ToolWithoutPassthroughApi_AnswersInputInvalid()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("datev"));

        var body = await tenant.Client(hris.IntegrationId).Passthrough("datev/default", new { method = "GET", path = "/" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("no passthrough API");
    }

    [Test]
    public async Task WithoutMethodAndPath_AnswersInputInvalidNamingBoth()
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/personnel", new { }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("method").And.Contain("path");
    }

    [TestCase("get")]
    [TestCase("HEAD")]
    [TestCase("OPTIONS")]
    public async Task MethodOutsideKombosEnum_AnswersInputInvalid(string method)
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/personnel", new { method, path = "/company/employees" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("method must be one of GET, POST, DELETE, PUT, PATCH");
    }

    [Test]
    public async Task PathWithoutLeadingSlash_AnswersInputInvalid()
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/personnel", new { method = "GET", path = "company/employees" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("path must start with");
    }

    [Test]
    public async Task HeaderWithANonStringValue_AnswersInputInvalidNamingIt()
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/personnel", new { method = "GET", path = "/", headers = new { retries = 3 } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("headers.retries");
    }

    [Test]
    public async Task ParamWithANullValue_AnswersInputInvalid()
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/personnel", new { method = "GET", path = "/", @params = new Dictionary<string, string?> { ["limit"] = null } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("params");
    }

    [Test]
    public async Task DataAndMultipartFormData_AnswersInputInvalid()
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/recruiting", new
        {
            method = "POST",
            path = "/applicants",
            data = new { first_name = "Ada" },
            multipart_form_data = new[] { new { name = "first_name", value = "Ada" } },
        }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("not both");
    }

    [TestCase("""{"method":"POST","path":"/documents","multipart_form_data":[{"name":"file","value":{"name":"cv.pdf","data":"\u0001"}}]}""")]
    [TestCase("""{"method":"POST","path":"/documents","data":{"note":"\u0001"}}""")]
    [TestCase("""{"method":"POST","path":"/documents","data":{"\u0001":1}}""")]
    public async Task FreeFormJsonWithInvalidUtf8_AnswersInputInvalidNamingTheField(string json)
    {
        var (tenant, id) = Personio();
        var bytes = Encoding.UTF8.GetBytes(json.Replace("\\u0001", "\u0001", StringComparison.Ordinal));
        var invalid = bytes.SelectMany(b => b == 0x01 ? new byte[] { 0xE2, 0x82 } : [b]).ToArray();
        using var content = new ByteArrayContent(invalid);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var body = await (await tenant.Client(id).PostAsync("/v1/passthrough/personio/recruiting", content)).ReadJson(HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("UTF-8").And.ContainAny("multipart_form_data", "data");
    }

    [Test]
    public async Task MultipartPartsWithoutNameOrWithABadFile_AnswerInputInvalid()
    {
        var (tenant, id) = Personio();

        var body = await tenant.Client(id).Passthrough("personio/recruiting", new
        {
            method = "POST",
            path = "/documents",
            multipart_form_data = new object[] { new { name = "", value = "x" }, new { name = "file", value = new { name = "cv.pdf" } }, new { name = "n", value = 3 } },
        }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should()
            .Contain("multipart_form_data[0].name").And.Contain("multipart_form_data[1].value.data").And.Contain("multipart_form_data[2].value");
    }

    [Test]
    public async Task WithoutIntegrationHeader_AnswersInputInvalid()
    {
        var (tenant, _) = Personio();

        var body = await tenant.Client().Passthrough("personio/personnel", new { method = "GET", path = "/company/employees" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("X-Integration-Id");
    }

    [Test]
    public async Task InactiveIntegration_AnswersForbiddenWithAPlatformCode()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris("personio").WithIntegration(i => i with { Status = IntegrationStatuses.Inactive }));

        var body = await tenant.Client(hris.IntegrationId).Passthrough("personio/personnel", new { method = "GET", path = "/company/employees" }, HttpStatusCode.Forbidden);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID", "passthrough uses Kombo's General error schema");
    }

    [Test]
    public async Task WriteToAModelledApi_EchoesTheRequestWithSecretsRedacted()
    {
        var (tenant, id) = Personio();

        var data = await tenant.Client(id).Upstream("personio/personnel", new
        {
            method = "POST",
            path = "/company/employees?send_invite=false",
            @params = new { source = "kombo" },
            headers = new Dictionary<string, string>
            {
                ["Authorization"] = "Bearer abc",
                ["Cookie"] = "session=1",
                ["X-API-KEY"] = "k",
                ["X-Session-Token"] = "t",
                ["client_secret"] = "s",
                ["X-Password"] = "p",
                ["X-Request-Id"] = "req-1",
            },
            data = new { employee = new { first_name = "Ada", last_name = "Lovelace" } },
        });

        data["status"]!.GetValue<int>().Should().Be(200);
        data["headers"]!["x-kombo-sim-echo"]!.GetValue<string>().Should().Be("true");
        var echo = data["data"]!;
        echo["method"]!.GetValue<string>().Should().Be("POST");
        echo["url"]!.GetValue<string>().Should().Be("https://api.personio.de/v1/company/employees?send_invite=false&source=kombo");
        data["url"]!.GetValue<string>().Should().Be(echo["url"]!.GetValue<string>());
        echo["path"]!.GetValue<string>().Should().Be("/company/employees");
        echo["query"]!.Json().Should().Be("""{"send_invite":"false","source":"kombo"}""");
        var headers = echo["headers"]!.AsObject();
        headers.Where(h => h.Key != "X-Request-Id" && h.Key != "content-type").Select(h => h.Value!.GetValue<string>()).Should().OnlyContain(v => v == "[redacted]");
        headers.Select(h => h.Key).Should().Contain(["Authorization", "Cookie", "X-API-KEY", "X-Session-Token", "client_secret", "X-Password"]);
        headers["X-Request-Id"]!.GetValue<string>().Should().Be("req-1");
        headers["content-type"]!.GetValue<string>().Should().Be("application/json");
        echo["body"]!.Json().Should().Be("""{"employee":{"first_name":"Ada","last_name":"Lovelace"}}""");
    }

    [Test]
    public async Task EchoWithoutAuthorizationHeader_ShowsTheOneKomboAdds()
    {
        var (tenant, id) = Personio();

        var data = await tenant.Client(id).Upstream("personio/personnel", new { method = "DELETE", path = "/company/attendances/7" });

        var echo = data["data"]!;
        echo["method"]!.GetValue<string>().Should().Be("DELETE");
        echo["headers"]!.Json().Should().Be("""{"authorization":"[redacted]"}""");
        echo["body"].Should().BeNull();
        echo["query"]!.AsObject().Should().BeEmpty();
    }

    [Test]
    public async Task GetOnAnUnmodelledApi_IsEchoed()
    {
        var (tenant, id) = Personio();

        var data = await tenant.Client(id).Get("personio/recruiting", "/applicants", new { limit = "5" });

        data["status"]!.GetValue<int>().Should().Be(200);
        data["url"]!.GetValue<string>().Should().Be("https://api.personio.de/v1/recruiting/applicants?limit=5");
        data["data"]!["method"]!.GetValue<string>().Should().Be("GET");
        data["data"]!["query"]!["limit"]!.GetValue<string>().Should().Be("5");
    }

    [Test]
    public async Task StringData_IsEchoedRawAsText()
    {
        var (tenant, id) = Hris("workday");

        var data = await tenant.Client(id).Upstream("workday/soap", new
        {
            method = "POST",
            path = "/",
            data = "<bsvc:Get_Workers_Request/>",
            api_options = new { service_name = "Human_Resources" },
        });

        data["data"]!["body"]!.GetValue<string>().Should().Be("<bsvc:Get_Workers_Request/>");
        data["data"]!["headers"]!["content-type"]!.GetValue<string>().Should().Be("text/plain");
    }

    [Test]
    public async Task MultipartFormData_IsEchoedWithFileSizesInsteadOfContent()
    {
        var (tenant, id) = Personio();

        var data = await tenant.Client(id).Upstream("personio/recruiting", new
        {
            method = "POST",
            path = "/documents",
            multipart_form_data = new object[]
            {
                new { name = "title", value = "CV" },
                new { name = "file", value = new { name = "cv.pdf", content_type = "application/pdf", data = Convert.ToBase64String(Encoding.UTF8.GetBytes("%PDF-1.7")) } },
            },
        });

        var echo = data["data"]!;
        echo["headers"]!["content-type"]!.GetValue<string>().Should().Be("multipart/form-data");
        echo["body"]!.Json().Should().Be(
            """[{"name":"title","value":"CV"},{"name":"file","value":{"name":"cv.pdf","content_type":"application/pdf","data_url":null,"size":8}}]""");
    }

    [Test]
    public async Task ParamsAndThePathsQuery_AreAssembledIntoOneEscapedUrl()
    {
        var (tenant, id) = Personio();

        var data = await tenant.Client(id).Upstream("personio/recruiting", new
        {
            method = "GET",
            path = "/applicants?status=new",
            @params = new Dictionary<string, string> { ["q"] = "a b&c", ["job id"] = "7" },
        });

        data["url"]!.GetValue<string>().Should().Be("https://api.personio.de/v1/recruiting/applicants?status=new&q=a%20b%26c&job%20id=7");
        var query = data["data"]!["query"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        query.Should().Equal(new Dictionary<string, string> { ["status"] = "new", ["q"] = "a b&c", ["job id"] = "7" });
    }

    [Test]
    public async Task BaseUrlPlaceholder_ResolvesToTheSlugOfTheOrganization()
    {
        var (tenant, id) = Hris("bamboohr");

        var data = await tenant.Client(id).Upstream("bamboohr/v1", new { method = "GET", path = "/employees/directory" });

        data["url"]!.GetValue<string>().Should().Be("https://api.bamboohr.com/api/gateway.php/test-org/v1/employees/directory");
    }

    [Test]
    public async Task ApiOption_OverridesThePlaceholderOfTheSameName()
    {
        var (tenant, id) = Hris("bamboohr");

        var data = await tenant.Client(id).Upstream("bamboohr/v1", new { method = "GET", path = "/employees/directory", api_options = new { subdomain = "acme" } });

        data["url"]!.GetValue<string>().Should().Be("https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory");
    }

    [Test]
    public async Task HostPlaceholder_ResolvesToAHostOfTheIntegration()
    {
        var (tenant, id) = Hris("afas");

        var data = await tenant.Client(id).Upstream("afas/api", new { method = "GET", path = "/connectors/Employees" });

        data["url"]!.GetValue<string>().Should().Be("https://test-org.afas.example/ProfitRestServices/connectors/Employees");
    }

    [Test]
    public async Task WorkdayWithoutServiceName_AnswersInputInvalid()
    {
        var (tenant, id) = Hris("workday");

        var body = await tenant.Client(id).Passthrough("workday/soap", new { method = "POST", path = "/", data = "<x/>" }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("api_options.service_name");
    }

    [Test]
    public async Task WorkdayWithServiceName_SendsToTheServicesUrl()
    {
        var (tenant, id) = Hris("workday");

        var data = await tenant.Client(id).Upstream("workday/soap", new { method = "POST", path = "/", data = "<x/>", api_options = new { service_name = "Human_Resources" } });

        data["url"]!.GetValue<string>().Should().Be("https://test-org.workday.example/ccx/service/test-org/Human_Resources/");
    }

    [Test]
    public async Task ApiOptionThatBreaksTheBaseUrl_AnswersInputInvalid()
    {
        var (tenant, id) = Hris("afas");

        var body = await tenant.Client(id).Passthrough("afas/api", new { method = "GET", path = "/", api_options = new { domain = "bad host" } }, HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        body["error"]!["message"]!.GetValue<string>().Should().Contain("api_options");
    }

    [Test]
    public async Task ApiWithoutABaseUrlInKombosTable_UsesItsPublicBaseUrl()
    {
        AtsBuilder ats = null!;
        var tenant = Simulator.CreateTenant(t => ats = t.Ats("lever"));

        var data = await tenant.Client(ats.IntegrationId).Upstream("lever/v1", new { method = "GET", path = "/opportunities" });

        data["url"]!.GetValue<string>().Should().Be("https://api.lever.co/v1/opportunities");
    }

    [Test]
    public async Task ResponseAsBase64_ReturnsTheBodyBytesAsBase64()
    {
        var (tenant, id) = Personio();
        var client = tenant.Client(id);
        var request = new { method = "PUT", path = "/company/employees/1", data = new { employee = new { position = "CTO & Co-Founder", phone = "+49 30 1" } } };

        var plain = await client.Upstream("personio/personnel", request);
        var encoded = await client.Upstream("personio/personnel", new { request.method, request.path, request.data, response_as_base64 = true });

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded["data"]!.GetValue<string>()));
        decoded.Should().Be(plain["data"]!.Json(), "the bytes are the JSON as the tool would write it, unescaped");
        encoded["status"]!.GetValue<int>().Should().Be(200);
    }

    [Test]
    public async Task Passthrough_NeverChangesState()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris("personio");
            hris.Employee();
        });
        var before = tenant.State(hris.IntegrationId);
        var client = tenant.Client(hris.IntegrationId);

        await client.Upstream("personio/personnel", new { method = "POST", path = "/company/employees", data = new { employee = new { email = "new@example.com" } } });
        await client.Upstream("personio/personnel", new { method = "DELETE", path = "/company/employees/1000" });
        await client.Get("personio/personnel", "/company/employees");

        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
        (await client.GetJson("/v1/hris/employees")).Results().Should().ContainSingle();
    }

    [Test]
    public async Task UpstreamHeaders_CarryContentTypeAndTheVirtualClocksDate()
    {
        var (tenant, id) = Personio();

        var data = await tenant.Client(id).Upstream("personio/recruiting", new { method = "GET", path = "/applicants" });

        data["headers"]!["content-type"]!.GetValue<string>().Should().Be("application/json; charset=utf-8");
        data["headers"]!["date"]!.GetValue<string>().Should().Be("Tue, 01 Dec 2026 09:00:00 GMT");
    }

    private static (Tenant Tenant, string IntegrationId) Personio() => Hris("personio");

    private static (Tenant Tenant, string IntegrationId) Hris(string tool)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris(tool));
        return (tenant, hris.IntegrationId);
    }
}
