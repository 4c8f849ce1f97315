using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Assessment;

public class AssessmentIntegrationCategoryTests
{
    private const string Packages = """{"packages":[{"id":"1001","type":"SKILLS_TEST","name":"TypeScript","description":"Coding test"}]}""";
    private const string Result = """{"status":"COMPLETED","result_url":"https://vendor.example.com/r","completed_at":"2026-11-30T16:00:00.000Z"}""";

    [TestCase("GET", "/v1/assessment/packages", null, "INTEGRATION.MODEL_NOT_AVAILABLE")]
    [TestCase("PUT", "/v1/assessment/packages", Packages, "INTEGRATION.ACTION_NOT_AVAILABLE")]
    [TestCase("GET", "/v1/assessment/orders/open", null, "INTEGRATION.MODEL_NOT_AVAILABLE")]
    [TestCase("PUT", "/v1/assessment/orders/SomeOrderId/result", Result, "INTEGRATION.ACTION_NOT_AVAILABLE")]
    public async Task HrisIntegration_AnswersNotAvailableAndChangesNothing(string method, string url, string? body, string code)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var before = tenant.State(hris.IntegrationId);

        var error = await tenant.Client(hris.IntegrationId).SendJson(new HttpMethod(method), url, body, HttpStatusCode.NotImplemented);

        error.ErrorCode().Should().Be(code);
        error["error"]!["message"]!.GetValue<string>().Should().Contain("needs an ASSESSMENT integration")
            .And.Contain($"but {hris.IntegrationId} is an HRIS integration of");
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }
}
