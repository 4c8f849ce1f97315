using Kombo.Sim.Api.State;

namespace Kombo.Sim.UnitTests.State;

/// <summary>
/// The persistent vector against a plain list as the model: every size around the trie's boundaries (a full tail, a
/// full root of leaves, a new level), every version kept unchanged by later changes, and seeded random histories that
/// branch from old versions.
/// </summary>
public class PersistentVectorTests
{
    // 32 items fill the tail; 32 + 32 × 32 = 1,056 fill the first root; 32 + 32³ = 32,800 fill the second.
    private static readonly int[] Sizes = [0, 1, 2, 31, 32, 33, 63, 64, 65, 1023, 1024, 1025, 1055, 1056, 1057, 1088, 1089, 32_799, 32_800, 32_801, 33_825, 40_000];

    private static readonly int[] NonEmptySizes = [.. Sizes.Where(size => size > 0)];

    [TestCaseSource(nameof(Sizes))]
    public void CreateRange_HoldsTheItemsInOrder(int size)
    {
        var items = Enumerable.Range(0, size).ToList();

        var vector = PersistentVector<int>.CreateRange(items);

        ShouldHold(vector, items);
    }

    [TestCaseSource(nameof(Sizes))]
    public void Add_FromEmpty_HoldsTheItemsInOrder(int size)
    {
        var vector = PersistentVector<int>.Empty;
        for (var i = 0; i < size; i++)
        {
            vector = vector.Add(i);
        }

        ShouldHold(vector, Enumerable.Range(0, size).ToList());
    }

    [TestCaseSource(nameof(Sizes))]
    public void Add_AfterCreateRange_ContinuesTheSameList(int size)
    {
        var items = Enumerable.Range(0, size).Select(i => $"item {i}").ToList();
        var vector = PersistentVector<string>.CreateRange(items);

        for (var i = 0; i < 1100; i++)
        {
            vector = vector.Add($"added {i}");
            items.Add($"added {i}");
        }

        ShouldHold(vector, items);
    }

    [TestCaseSource(nameof(NonEmptySizes))]
    public void SetItem_ChangesOneItemAndLeavesTheOriginalUnchanged(int size)
    {
        var items = Enumerable.Range(0, size).ToList();
        var original = PersistentVector<int>.CreateRange(items);

        foreach (var index in new[] { 0, size / 2, size - 1 }.Distinct())
        {
            var changed = original.SetItem(index, -1);

            var expected = items.ToList();
            expected[index] = -1;
            ShouldHold(changed, expected);
        }

        ShouldHold(original, items);
    }

    [Test]
    public void EveryVersion_StaysAsItWas_WhileLaterVersionsGrowAndChange()
    {
        var versions = new List<(PersistentVector<int> Vector, int[] Items)>();
        var vector = PersistentVector<int>.Empty;
        var model = new List<int>();
        for (var i = 0; i < 2_200; i++)
        {
            vector = vector.Add(i);
            model.Add(i);
            if (i % 3 == 0)
            {
                vector = vector.SetItem(i / 2, -i);
                model[i / 2] = -i;
            }

            if (i % 97 == 0 || i is 31 or 32 or 1055 or 1056)
            {
                versions.Add((vector, model.ToArray()));
            }
        }

        foreach (var (version, items) in versions)
        {
            ShouldHold(version, items);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void RandomHistories_WithBranchesFromOldVersions_MatchAPlainList(int seed)
    {
        var random = new Random(seed);
        var versions = new List<(PersistentVector<int> Vector, List<int> Items)> { (PersistentVector<int>.Empty, []) };
        for (var step = 0; step < 1_000; step++)
        {
            // Mostly the newest version; sometimes an old one, which branches.
            var from = random.Next(8) == 0 ? random.Next(versions.Count) : versions.Count - 1;
            var (vector, items) = versions[from];
            var copy = items.ToList();
            if (items.Count == 0 || random.Next(3) > 0)
            {
                var count = random.Next(1, 70);
                for (var i = 0; i < count; i++)
                {
                    var value = random.Next();
                    vector = vector.Add(value);
                    copy.Add(value);
                }
            }
            else
            {
                var index = random.Next(items.Count);
                var value = random.Next();
                vector = vector.SetItem(index, value);
                copy[index] = value;
            }

            versions.Add((vector, copy));
        }

        versions.Max(v => v.Items.Count).Should().BeGreaterThan(1_100, "the histories reach a second trie level");
        foreach (var (vector, items) in versions)
        {
            ShouldHold(vector, items);
        }
    }

    [Test]
    public void IndexesOutsideTheList_AreRefused()
    {
        var vector = PersistentVector<int>.CreateRange([1, 2, 3]);

        FluentActions.Invoking(() => vector[3]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => vector[-1]).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => vector.SetItem(3, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PersistentVector<int>.Empty[0]).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test]
    public void Enumerator_CanBeResetAndStopsAtTheEnd()
    {
        var vector = PersistentVector<int>.CreateRange(Enumerable.Range(0, 40).ToList());
        using var enumerator = vector.GetEnumerator();

        var first = new List<int>();
        while (enumerator.MoveNext())
        {
            first.Add(enumerator.Current);
        }

        enumerator.MoveNext().Should().BeFalse("it stays at the end");
        enumerator.Reset();
        enumerator.MoveNext().Should().BeTrue();
        enumerator.Current.Should().Be(0);
        first.Should().Equal(Enumerable.Range(0, 40));
    }

    private static void ShouldHold<T>(PersistentVector<T> vector, IReadOnlyList<T> items)
    {
        vector.Count.Should().Be(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(vector[i], items[i]))
            {
                Assert.Fail($"Item {i} of {items.Count} is {vector[i]}, expected {items[i]}.");
            }
        }

        // The enumerator walks the same items (checked without FluentAssertions' per-item formatting cost).
        var enumerated = 0;
        foreach (var item in vector)
        {
            if (!EqualityComparer<T>.Default.Equals(item, items[enumerated]))
            {
                Assert.Fail($"The enumerator's item {enumerated} is {item}, expected {items[enumerated]}.");
            }

            enumerated++;
        }

        enumerated.Should().Be(items.Count);
    }
}
