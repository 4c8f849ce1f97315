using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Infrastructure.Faults;

namespace Kombo.Sim.UnitTests.Infrastructure;

public class FaultRegistryTests
{
    private static readonly OperationCatalog Catalog = OperationCatalog.Load();
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static FaultRule Rule(string id, FaultMatch match, int? count = null, double? probability = null, ulong seed = 7, DateTimeOffset? expiresAt = null) => new()
    {
        Id = id,
        Match = match,
        Kind = FaultKind.Error,
        Status = 503,
        ErrorCode = "REMOTE.SERVICE_UNAVAILABLE",
        Count = count,
        Probability = probability,
        Seed = seed,
        ExpiresAt = expiresAt,
    };

    [Test]
    public void Fire_HonoursTheMatchAndTheCount()
    {
        var registry = new FaultRegistry();
        registry.Add(Rule("r1", new FaultMatch(null, "GET", "/hris/employees", "personio:a", null), count: 2));
        var employees = Catalog.Get("GetHrisEmployees");

        var hits = Enumerable.Range(0, 4).Select(_ => registry.Fire(employees, "personio:a", "env", Now)?.Id).ToList();
        var otherIntegration = registry.Fire(employees, "personio:b", "env", Now);
        var otherOperation = registry.Fire(Catalog.Get("GetHrisGroups"), "personio:a", "env", Now);

        hits.Should().Equal("r1", "r1", null, null);
        otherIntegration.Should().BeNull();
        otherOperation.Should().BeNull();
        registry.Find("r1")!.Fired.Should().Be(2);
        registry.Find("r1")!.IsExhausted.Should().BeTrue();
    }

    [Test]
    public void Fire_WithAProbability_RepeatsForTheSameSeed()
    {
        var employees = Catalog.Get("GetHrisEmployees");
        List<bool> Run(ulong seed)
        {
            var registry = new FaultRegistry();
            registry.Add(Rule("r", new FaultMatch("GetHrisEmployees", null, null, null, null), probability: 0.5, seed: seed));
            return Enumerable.Range(0, 40).Select(_ => registry.Fire(employees, null, null, Now) is not null).ToList();
        }

        var first = Run(42);
        var again = Run(42);
        var other = Run(43);

        again.Should().Equal(first);
        other.Should().NotEqual(first);
        first.Count(hit => hit).Should().BeInRange(10, 30);
    }

    [Test]
    public void Fire_StopsAfterTheExpiry()
    {
        var registry = new FaultRegistry();
        registry.Add(Rule("r", new FaultMatch(null, null, null, null, null), expiresAt: Now.AddMinutes(1)));
        var employees = Catalog.Get("GetHrisEmployees");

        registry.Fire(employees, null, null, Now.AddSeconds(60)).Should().NotBeNull();
        registry.Fire(employees, null, null, Now.AddSeconds(61)).Should().BeNull();
    }

    [Test]
    public void SplitMix64_IsTheReferenceSequence()
    {
        var random = new SplitMix64(0);

        random.Next().Should().Be(0xE220A8397B1DCDAFUL);
        random.Next().Should().Be(0x6E789E6AA1B965F4UL);
    }
}
