using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kombo.Sim.Api.State;
using Microsoft.Extensions.Time.Testing;
using SimpleBase;

namespace Kombo.Sim.UnitTests.State;

public class KomboIdsTests
{
    [Test]
    public void Derive_IsTheFirst24Base58CharactersOfSha256()
    {
        // base58(sha256("a")), the same vector the seed generator in tools/seed checks.
        KomboIds.Derive("a").Should().Be("EdqM52SpXCn5c1uozuvuH5o9");
    }

    [Test]
    public void ForRecord_IsStableAndDistinguishesModels()
    {
        var employee = KomboIds.ForRecord("personio:abc", "hris_employees", "1001");

        KomboIds.ForRecord("personio:abc", "hris_employees", "1001").Should().Be(employee);
        KomboIds.ForRecord("personio:abc", "hris_absences", "1001").Should().NotBe(employee);
        employee.Should().HaveLength(24).And.MatchRegex("^[1-9A-HJ-NP-Za-km-z]+$");
    }

    [Test]
    public void Derive_AgreesWithAReferenceBase58Encoder()
    {
        var inputs = Enumerable.Range(0, 20_000).Select(i => new[] { "personio:abc", "hris_absences", i.ToString(CultureInfo.InvariantCulture) })
            .Append(["ünïcödé", "x"])
            .Append([new string('z', 400)]);

        foreach (var parts in inputs)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', parts)));
            KomboIds.Derive(parts).Should().Be(Base58.Bitcoin.Encode(hash)[..24], string.Join('|', parts));
        }
    }
}

public class SimClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void Frozen_StaysPutUntilAdvanced()
    {
        var real = new FakeTimeProvider(Start.AddYears(-3));
        var clock = new SimClock(Start, frozen: true, real);

        real.Advance(TimeSpan.FromHours(5));
        var still = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMinutes(90));

        still.Should().Be(Start);
        clock.GetUtcNow().Should().Be(Start.AddMinutes(90));
    }

    [Test]
    public void Running_MovesWithRealTimeTruncatedToMilliseconds()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimClock(Start, frozen: false, real);

        real.Advance(TimeSpan.FromTicks(25_004_999));

        clock.GetUtcNow().Should().Be(Start.AddMilliseconds(2500));
    }

    [Test]
    public void FreezeAndResume_KeepTheReachedInstant()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimClock(Start, frozen: false, real);
        real.Advance(TimeSpan.FromSeconds(10));

        clock.Freeze();
        real.Advance(TimeSpan.FromSeconds(10));
        var frozen = clock.GetUtcNow();
        clock.Resume();
        real.Advance(TimeSpan.FromSeconds(1));

        frozen.Should().Be(Start.AddSeconds(10));
        clock.GetUtcNow().Should().Be(Start.AddSeconds(11));
        clock.IsFrozen.Should().BeFalse();
    }

    [Test]
    public void Set_JumpsToTheInstant()
    {
        var clock = new SimClock(Start, frozen: true);

        clock.Set(Start.AddDays(30));

        clock.GetUtcNow().Should().Be(Start.AddDays(30));
    }

    [Test]
    public void LaterStart_IsAskedForOnTheFirstReadingOnly()
    {
        var asked = 0;
        var clock = new SimClock(() => ++asked == 1 ? Start : throw new InvalidOperationException("asked twice"), frozen: true);

        asked.Should().Be(0);
        clock.IsFrozen.Should().BeTrue();
        asked.Should().Be(0);
        clock.GetUtcNow().Should().Be(Start);
        clock.GetUtcNow().Should().Be(Start);
        asked.Should().Be(1);
    }

    [Test]
    public void LaterStart_RunningCountsFromConstruction()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new SimClock(() => Start, frozen: false, real);

        real.Advance(TimeSpan.FromSeconds(3));

        clock.GetUtcNow().Should().Be(Start.AddSeconds(3));
    }

    [Test]
    public void LaterStart_IsNotAskedForWhenSetFirst()
    {
        var clock = new SimClock(() => throw new InvalidOperationException("not needed"), frozen: true);

        clock.Set(Start);

        clock.GetUtcNow().Should().Be(Start);
    }
}
