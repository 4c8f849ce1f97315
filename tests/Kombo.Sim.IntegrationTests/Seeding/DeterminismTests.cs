using System.Net.Http.Json;
using System.Text;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Seeding;

public class DeterminismTests
{
    [Test]
    public async Task TwoFreshHosts_AnswerTheSameCallsWithTheSameBytes()
    {
        using var first = DefaultSeedTests.StartWithDefaultSeed();
        using var second = DefaultSeedTests.StartWithDefaultSeed();

        var a = await Transcript(first);
        var b = await Transcript(second);

        a.Should().Contain("\"status\":\"success\"").And.Contain("PLATFORM.INPUT_INVALID");
        b.Should().Be(a);
    }

    /// <summary>A fixed sequence of reads, writes and failures; returns every response body in order.</summary>
    private static async Task<string> Transcript(SimulatorHost host)
    {
        var personio = DefaultSeedTests.DefaultClient(host, DefaultSeedTests.Personio);
        var transcript = new StringBuilder();
        async Task Record(Task<HttpResponseMessage> call) => transcript.AppendLine(await (await call).Content.ReadAsStringAsync());

        var employees = await personio.GetJson("/v1/hris/employees?page_size=3");
        var employeeId = employees.Ids()[0];
        var types = await personio.GetJson("/v1/hris/absence-types");
        var vacation = types.Results().First(t => t!["unit"]!.GetValue<string>() == "DAYS")!["id"]!.GetValue<string>();
        transcript.AppendLine(employees.ToJsonString());

        await Record(personio.PostAsJsonAsync("/v1/hris/absences", new { employee_id = employeeId, absence_type_id = vacation, start_date = "2026-12-28", end_date = "2026-12-30", employee_note = "trip" }));
        await Record(personio.PostAsJsonAsync("/v1/hris/employees", new { first_name = "Ida", last_name = "Determinist", work_email = "ida@acme.example.com" }));
        await Record(personio.PostAsJsonAsync("/v1/hris/absences", new { employee_id = "nobody" }));
        await Record(personio.GetAsync("/v1/hris/absences?updated_after=2026-11-30T00:00:00.000Z"));
        await Record(personio.GetAsync($"/v1/hris/time-off-balances?employee_id={employeeId}"));
        await Record(personio.GetAsync("/v1/hris/employees?page_size=2&updated_after=2026-12-01T08:00:00.000Z"));
        await Record(personio.GetAsync($"/v1/integrations/{DefaultSeedTests.Personio}"));
        return transcript.ToString();
    }
}
