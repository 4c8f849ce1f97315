using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// A JSON body of declared length is read whole and parsed at once; one sent chunked is parsed as it streams in
/// (KomboJsonInputFormatter). The answer must not depend on which: the same body gets the same status, error code and
/// message either way, and a rejected one changes nothing.
/// </summary>
public class BodyReadingTests
{
    [TestCase("{\"first_name\":")]
    [TestCase("{\"first_name\":\"Ada\",}")]
    [TestCase("[1,2,3]")]
    [TestCase("\"just a string\"")]
    [TestCase("null")]
    [TestCase("   ")]
    [TestCase("{\"first_name\":12,\"last_name\":\"Lovelace\"}")]
    [TestCase("{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"start_date\":\"not a date\"}")]
    [TestCase("{\"first_name\":\"\\uD800\"}")]
    public async Task InvalidBody_DeclaredOrChunked_GetsTheSameError(string json)
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);
        var before = tenant.State(hris.IntegrationId);
        var bytes = Encoding.UTF8.GetBytes(json);

        var (declaredStatus, declared) = await Post(client, new ByteArrayContent(bytes));
        var (chunkedStatus, chunked) = await Post(client, new UnknownLengthContent(bytes));

        declaredStatus.Should().Be(HttpStatusCode.BadRequest, "the answer was {0}", declared);
        chunkedStatus.Should().Be(declaredStatus);
        declared.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        chunked.ErrorCode().Should().Be(declared.ErrorCode());
        chunked["error"]!["message"]!.GetValue<string>().Should().Be(declared["error"]!["message"]!.GetValue<string>());
        tenant.State(hris.IntegrationId).Should().BeSameAs(before);
    }

    [Test]
    public async Task ValidBody_DeclaredOrChunked_CreatesTheSameRecord()
    {
        HrisBuilder hris = null!;
        var tenant = Simulator.CreateTenant(t => hris = t.Hris());
        var client = tenant.Client(hris.IntegrationId);
        var bytes = Encoding.UTF8.GetBytes("{\"first_name\":\"Zoë\",\"last_name\":\"Lovelace\",\"start_date\":\"2027-01-01\"}");

        var (declaredStatus, declared) = await Post(client, new ByteArrayContent(bytes));
        var (chunkedStatus, chunked) = await Post(client, new UnknownLengthContent(bytes));

        declaredStatus.Should().Be(HttpStatusCode.OK, "the answer was {0}", declared);
        chunkedStatus.Should().Be(HttpStatusCode.OK, "the answer was {0}", chunked);
        foreach (var answer in new[] { declared, chunked })
        {
            answer["data"]!["first_name"]!.GetValue<string>().Should().Be("Zoë");
            answer["data"]!["last_name"]!.GetValue<string>().Should().Be("Lovelace");
        }

        tenant.State(hris.IntegrationId).Hris.Employees.Count.Should().Be(2);
    }

    private static async Task<(HttpStatusCode Status, JsonNode Body)> Post(HttpClient client, HttpContent content)
    {
        using (content)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await client.PostAsync("/v1/hris/employees", content);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, JsonNode.Parse(text) ?? throw new AssertionException("The response body is empty."));
        }
    }
}
