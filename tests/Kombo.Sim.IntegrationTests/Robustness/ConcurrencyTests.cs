using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.IntegrationTests.Infrastructure;

namespace Kombo.Sim.IntegrationTests.Robustness;

/// <summary>
/// Sixteen clients write at once to one HRIS and one ATS integration of one tenant (create and delete absences, move
/// stages, add and remove tags, create applications) while a seventeenth pages through the lists. Afterwards every
/// created record exists exactly once, deletes are hidden, no update is lost (tags, stages, balances), nothing answered
/// with a 5xx and no walk returned a record twice.
/// </summary>
public class ConcurrencyTests
{
    private const int Clients = 16;
    private const int Rounds = 6;
    private const double Entitlement = 30;

    [Test]
    public async Task SixteenWritersAndAWalker_LoseNothingAndDuplicateNothing()
    {
        var world = Arrange();
        var failures = new ConcurrentQueue<string>();
        var started = Stopwatch.StartNew();
        using var writersDone = new CancellationTokenSource();

        var walker = Walk(world, failures, writersDone.Token);
        var writers = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => Task.Run(() => Write(world, i, failures))));
        await writersDone.CancelAsync();
        var walks = await walker;

        failures.Should().BeEmpty();
        walks.Should().BeGreaterThan(0, "the walker paged while the writers wrote");
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        await AssertAbsencesAndBalances(world, writers);
        await AssertApplicationsStagesAndTags(world, writers);
    }

    private static World Arrange()
    {
        HrisBuilder hris = null!;
        AtsBuilder ats = null!;
        var employees = new List<Employee>();
        var candidates = new List<Candidate>();
        var applications = new List<Application>();
        Job job = null!;
        AbsenceType vacation = null!;
        Candidate shared = null!;
        var tenant = Simulator.CreateTenant(t =>
        {
            hris = t.Hris();
            vacation = hris.AbsenceType("Vacation");
            for (var i = 0; i < Clients / 4; i++)
            {
                var employee = hris.Employee();
                hris.Balance(employee, vacation, Entitlement);
                employees.Add(employee);
            }

            ats = t.Ats();
            job = ats.Job();
            for (var i = 0; i < Clients; i++)
            {
                var candidate = ats.Candidate();
                candidates.Add(candidate);
                applications.Add(ats.Application(candidate, job));
            }

            shared = ats.Candidate();
        });
        return new World(tenant, hris.IntegrationId, ats.IntegrationId, employees, vacation, job, candidates, applications, shared);
    }

    /// <summary>One client's writes; four clients share each employee, all share one candidate's tags.</summary>
    private static async Task<Written> Write(World world, int client, ConcurrentQueue<string> failures)
    {
        var hris = world.Tenant.Client(world.Hris);
        var ats = world.Tenant.Client(world.Ats);
        var written = new Written(client);
        var employee = world.Employees[client % world.Employees.Count].Id;
        var candidate = world.Candidates[client].Id;
        var application = world.Applications[client].Id;
        for (var round = 0; round < Rounds; round++)
        {
            var day = new DateOnly(2027, 1, 4).AddDays((7 * ((client / world.Employees.Count * Rounds) + round)) % 350);
            var absence = await Send(hris, HttpMethod.Post, "/v1/hris/absences", new
            {
                employee_id = employee,
                absence_type_id = world.Vacation.Id,
                start_date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                end_date = day.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                employee_note = $"client {client} round {round}",
                status = "APPROVED",
            }, failures);
            if (absence?["data"]?["id"]?.GetValue<string>() is { } absenceId)
            {
                written.Absences.Add(absenceId);
                if (round % 2 == 1 && await Send(hris, HttpMethod.Delete, $"/v1/hris/absences/{absenceId}", new { }, failures) is not null)
                {
                    written.DeletedAbsences.Add(absenceId);
                }
            }

            var stage = world.Job.Stages[(client + round + 1) % world.Job.Stages.Count].Id;
            if (await Send(ats, HttpMethod.Put, $"/v1/ats/applications/{application}/stage", new { stage_id = stage }, failures) is not null)
            {
                written.LastStage = stage;
            }

            var tag = $"c{client}-r{round}";
            if (await Send(ats, HttpMethod.Post, $"/v1/ats/candidates/{candidate}/tags", new { tag = new { name = tag } }, failures) is not null)
            {
                written.Tags.Add(tag);
            }

            if (round % 3 == 2 && await Send(ats, HttpMethod.Delete, $"/v1/ats/candidates/{candidate}/tags", new { tag = new { name = $"c{client}-r{round - 1}" } }, failures) is not null)
            {
                written.Tags.Remove($"c{client}-r{round - 1}");
            }

            if (round == 0)
            {
                await Send(ats, HttpMethod.Post, $"/v1/ats/candidates/{world.Shared.Id}/tags", new { tag = new { name = $"shared-{client}" } }, failures);
            }

            var created = await Send(ats, HttpMethod.Post, $"/v1/ats/jobs/{world.Job.Id}/applications", new
            {
                candidate = new { first_name = $"Client{client}", last_name = $"Round{round}", email_address = $"client{client}.round{round}@example.com" },
            }, failures);
            if (created?["data"] is { } data)
            {
                written.Applications.Add((data["id"]!.GetValue<string>(), data["candidate"]?["id"]?.GetValue<string>()));
            }
        }

        return written;
    }

    private static async Task<JsonNode?> Send(HttpClient client, HttpMethod method, string url, object body, ConcurrentQueue<string> failures)
    {
        using var request = new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            failures.Enqueue($"{method} {url} answered {(int)response.StatusCode}: {text}");
            return null;
        }

        return JsonNode.Parse(text);
    }

    /// <summary>Pages through absences, applications and candidates until the writers stop; no walk may repeat an id.</summary>
    private static async Task<int> Walk(World world, ConcurrentQueue<string> failures, CancellationToken writersDone)
    {
        await Task.Yield();
        var hris = world.Tenant.Client(world.Hris);
        var ats = world.Tenant.Client(world.Ats);
        var walks = 0;
        string[] lists = ["/v1/hris/absences?include_deleted=true", "/v1/ats/applications", "/v1/ats/candidates", "/v1/hris/time-off-balances"];
        while (!writersDone.IsCancellationRequested && walks < 200)
        {
            var url = lists[walks % lists.Length];
            var ids = await WalkIds(url.StartsWith("/v1/hris", StringComparison.Ordinal) ? hris : ats, url, pageSize: 3, failures);
            ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"walk of {url} returned {g.Key} {g.Count()} times").ToList().ForEach(failures.Enqueue);
            walks++;
        }

        return walks;
    }

    private static async Task<List<string>> WalkIds(HttpClient client, string url, int pageSize, ConcurrentQueue<string> failures)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}page_size={pageSize}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            var text = await page.Content.ReadAsStringAsync();
            if (page.StatusCode != HttpStatusCode.OK)
            {
                failures.Enqueue($"GET {url} answered {(int)page.StatusCode}: {text}");
                return ids;
            }

            var body = JsonNode.Parse(text)!;
            ids.AddRange(body.Ids());
            cursor = body["data"]!["next"]?.GetValue<string>();
        }
        while (cursor is not null);

        return ids;
    }

    private static async Task AssertAbsencesAndBalances(World world, Written[] writers)
    {
        var client = world.Tenant.Client(world.Hris);
        var all = await client.WalkAll("/v1/hris/absences?include_deleted=true", 50);
        var live = await client.WalkAll("/v1/hris/absences", 50);
        var balances = await client.WalkAll("/v1/hris/time-off-balances", 50);

        var created = writers.SelectMany(w => w.Absences).ToList();
        var deleted = writers.SelectMany(w => w.DeletedAbsences).ToHashSet();
        created.Should().HaveCount(Clients * Rounds).And.OnlyHaveUniqueItems();
        all.Select(a => a["id"]!.GetValue<string>()).Should().BeEquivalentTo(created, "every created absence exists exactly once");
        live.Select(a => a["id"]!.GetValue<string>()).Should().BeEquivalentTo(created.Where(id => !deleted.Contains(id)), "deleted absences are hidden");
        all.Where(a => deleted.Contains(a["id"]!.GetValue<string>())).Should().OnlyContain(a => a["remote_deleted_at"] != null);
        foreach (var employee in world.Employees)
        {
            var used = live.Where(a => a["employee_id"]!.GetValue<string>() == employee.Id).Sum(a => a["amount"]!.GetValue<double>());
            var balance = balances.Single(b => b["employee_id"]!.GetValue<string>() == employee.Id);
            used.Should().BeGreaterThan(0);
            balance["used"]!.GetValue<double>().Should().BeApproximately(used, 0.0001, "no absence write may be lost from {0}'s balance", employee.Id);
            balance["balance"]!.GetValue<double>().Should().BeApproximately(Entitlement - used, 0.0001);
        }
    }

    private static async Task AssertApplicationsStagesAndTags(World world, Written[] writers)
    {
        var client = world.Tenant.Client(world.Ats);
        var applications = await client.WalkAll("/v1/ats/applications", 50);
        var candidates = await client.WalkAll("/v1/ats/candidates", 50);

        var created = writers.SelectMany(w => w.Applications).ToList();
        created.Should().HaveCount(Clients * Rounds);
        applications.Select(a => a["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems()
            .And.Contain(created.Select(c => c.Application)).And.HaveCount(Clients + created.Count);
        candidates.Select(c => c["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.HaveCount(Clients + 1 + created.Count);
        foreach (var writer in writers)
        {
            var application = applications.Single(a => a["id"]!.GetValue<string>() == world.Applications[writer.Client].Id);
            application["current_stage_id"]!.GetValue<string>().Should().Be(writer.LastStage, "client {0}'s last move wins", writer.Client);
            var candidate = candidates.Single(c => c["id"]!.GetValue<string>() == world.Candidates[writer.Client].Id);
            TagNames(candidate).Should().BeEquivalentTo(writer.Tags, "client {0}'s tag writes are all kept", writer.Client);
        }

        var shared = candidates.Single(c => c["id"]!.GetValue<string>() == world.Shared.Id);
        TagNames(shared).Should().BeEquivalentTo(Enumerable.Range(0, Clients).Select(i => $"shared-{i}"), "sixteen writers on one candidate lose no tag");
    }

    private static IEnumerable<string> TagNames(JsonNode candidate) => candidate["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>());

    private sealed record World(
        Tenant Tenant,
        string Hris,
        string Ats,
        IReadOnlyList<Employee> Employees,
        AbsenceType Vacation,
        Job Job,
        IReadOnlyList<Candidate> Candidates,
        IReadOnlyList<Application> Applications,
        Candidate Shared);

    private sealed class Written(int client)
    {
        public int Client { get; } = client;

        public List<string> Absences { get; } = [];

        public HashSet<string> DeletedAbsences { get; } = [];

        public string? LastStage { get; set; }

        public HashSet<string> Tags { get; } = [];

        public List<(string Application, string? Candidate)> Applications { get; } = [];
    }
}
