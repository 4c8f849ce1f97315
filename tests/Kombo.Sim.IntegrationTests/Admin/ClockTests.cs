using System.Net;
using Kombo.Sim.IntegrationTests.Infrastructure;
using Kombo.Sim.IntegrationTests.Seeding;

namespace Kombo.Sim.IntegrationTests.Admin;

/// <summary>The virtual clock, on a host of its own (the clock is global).</summary>
public class ClockTests
{
    private SimulatorHost _host = null!;
    private AdminClient _admin = null!;

    [SetUp]
    public void Start()
    {
        _host = DefaultSeedTests.StartWithDefaultSeed();
        _admin = new AdminClient(_host.CreateClient());
    }

    [TearDown]
    public void Stop() => _host.Dispose();

    [Test]
    public async Task Clock_StartsFrozenAtTheSeedsInstant()
    {
        var clock = await _admin.Get("/_sim/clock");

        clock["now"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
        clock["frozen"]!.GetValue<bool>().Should().BeTrue();
    }

    [Test]
    public async Task Advance_MovesTheTimeThatWritesCarry()
    {
        var personio = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);

        var advanced = await _admin.Post("/_sim/clock/advance", new { duration = "PT2H30M" });
        var created = await personio.PostJson("/v1/hris/employees", new { first_name = "Time", last_name = "Traveller" });
        var bySeconds = await _admin.Post("/_sim/clock/advance", new { seconds = 90 });

        advanced["now"]!.GetValue<string>().Should().Be("2026-12-01T11:30:00.000Z");
        created["data"]!["changed_at"]!.GetValue<string>().Should().Be("2026-12-01T11:30:00.000Z");
        bySeconds["now"]!.GetValue<string>().Should().Be("2026-12-01T11:31:30.000Z");
    }

    [Test]
    public async Task AdvancingPastStartAndTerminationDates_ChangesEmploymentStatuses()
    {
        var personio = DefaultSeedTests.DefaultClient(_host, DefaultSeedTests.Personio);
        var pending = (await personio.WalkAll("/v1/hris/employees?employment_statuses=PENDING", 250))
            .Select(e => (Id: e["id"]!.GetValue<string>(), Start: DateTimeOffset.Parse(e["start_date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var firstStart = pending.Min(p => p.Start);

        var moved = await _admin.Put("/_sim/clock", new { now = firstStart.AddHours(10).ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
        var employees = await personio.WalkAll($"/v1/hris/employees?ids={string.Join(',', pending.Select(p => p.Id))}", 250);

        moved["effects"]!["employees_changed"]!.GetValue<int>().Should().BeGreaterThanOrEqualTo(1);
        foreach (var employee in employees)
        {
            var started = pending.Single(p => p.Id == employee["id"]!.GetValue<string>()).Start <= firstStart;
            employee["employment_status"]!.GetValue<string>().Should().Be(started ? "ACTIVE" : "PENDING");
            if (started)
            {
                employee["changed_at"]!.GetValue<string>().Should().Be(moved["now"]!.GetValue<string>());
            }
        }
    }

    [Test]
    public async Task FreezeAndResume_SwitchTheClocksMode()
    {
        var resumed = await _admin.Post("/_sim/clock/resume");
        var frozen = await _admin.Post("/_sim/clock/freeze");
        var first = await _admin.Get("/_sim/clock");
        await Task.Delay(20);
        var second = await _admin.Get("/_sim/clock");

        resumed["frozen"]!.GetValue<bool>().Should().BeFalse();
        frozen["frozen"]!.GetValue<bool>().Should().BeTrue();
        second["now"]!.GetValue<string>().Should().Be(first["now"]!.GetValue<string>());
    }

    [TestCase("""{"duration":"two hours"}""")]
    [TestCase("""{"duration":"-PT1H"}""")]
    [TestCase("""{}""")]
    public async Task InvalidAdvance_AnswersInputInvalidAndLeavesTheClock(string json)
    {
        var response = await _host.CreateClient().PostAsync("/_sim/clock/advance", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var body = await response.ReadJson(HttpStatusCode.BadRequest);

        body.ErrorCode().Should().Be("PLATFORM.INPUT_INVALID");
        (await _admin.Get("/_sim/clock"))["now"]!.GetValue<string>().Should().Be("2026-12-01T09:00:00.000Z");
    }
}
