using Kombo.Sim.Api.Domain.Hris;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.UnitTests.State;

public class TableTests
{
    private static Absence Absence(string id, string employee, string? remoteId = null) =>
        new() { Id = id, RemoteId = remoteId, EmployeeId = employee, ChangedAt = DateTimeOffset.UnixEpoch };

    [Test]
    public void Add_KeepsInsertionOrderAndLeavesTheOriginalUnchanged()
    {
        var empty = Table<Absence>.Empty(a => a.EmployeeId);

        var one = empty.Add(Absence("a", "e1"));
        var two = one.Add(Absence("b", "e2"));

        empty.Count.Should().Be(0);
        one.Count.Should().Be(1);
        two.Rows.Select(r => r.Id).Should().Equal("a", "b");
        two.PositionOf("b").Should().Be(1);
    }

    [Test]
    public void Replace_KeepsThePositionAndTheGroup()
    {
        var table = Table<Absence>.Create([Absence("a", "e1"), Absence("b", "e1"), Absence("c", "e2")], a => a.EmployeeId);

        var replaced = table.Replace(table.Find("b")! with { Status = "DELETED" });

        replaced.PositionOf("b").Should().Be(1);
        replaced.InGroup("e1").Select(a => a.Status).Should().Equal(null, "DELETED");
        table.Find("b")!.Status.Should().BeNull("tables are immutable");
    }

    [Test]
    public void FindByRemoteId_UsesTheRemoteIdIndex()
    {
        var table = Table<Absence>.Create([Absence("a", "e1", "100"), Absence("b", "e1", "200")]).Add(Absence("c", "e2", "300"));

        table.FindByRemoteId("300")!.Id.Should().Be("c");
        table.FindByRemoteId("200")!.Id.Should().Be("b");
        table.FindByRemoteId("999").Should().BeNull();
    }

    [Test]
    public void AddingADuplicateId_Throws()
    {
        var table = Table<Absence>.Create([Absence("a", "e1")]);

        var add = () => table.Add(Absence("a", "e2"));
        var create = () => Table<Absence>.Create([Absence("x", "e1"), Absence("x", "e1")]);

        add.Should().Throw<DuplicateIdException>().Which.Id.Should().Be("a");
        create.Should().Throw<DuplicateIdException>().Which.Id.Should().Be("x");
    }

    [Test]
    public void InGroup_ReturnsTheGroupsMembersInOrder()
    {
        var table = Table<Absence>.Create([Absence("a", "e1"), Absence("b", "e2")], a => a.EmployeeId)
            .Add(Absence("c", "e1"));

        table.InGroup("e1").Select(a => a.Id).Should().Equal("a", "c");
        table.InGroup("nobody").Should().BeEmpty();
    }

    [Test]
    public void BranchesOfOneVersion_NeverSeeEachOthersRecords()
    {
        var root = Table<Absence>.Create([Absence("a", "e1", "100")]);

        var left = root.Add(Absence("x", "e1", "200"));
        var right = root.Add(Absence("y", "e1", "200"));
        var rightThenX = right.Add(Absence("x", "e2", "300"));

        left.PositionOf("x").Should().Be(1);
        left.Find("y").Should().BeNull();
        right.Find("x").Should().BeNull("x was added on another branch");
        right.PositionOf("y").Should().Be(1);
        rightThenX.PositionOf("x").Should().Be(2, "the same id added at another position on this branch");
        left.PositionOf("x").Should().Be(1, "the other branch keeps its own position");
        root.Find("x").Should().BeNull();
        root.Find("y").Should().BeNull();
        left.FindByRemoteId("200")!.Id.Should().Be("x");
        right.FindByRemoteId("200")!.Id.Should().Be("y");
        rightThenX.FindByRemoteId("300")!.Id.Should().Be("x");
        left.FindByRemoteId("300").Should().BeNull();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void ARemoteIdBelongsToItsFirstRecordOnEveryBranch(bool leftFirst)
    {
        var root = Table<Absence>.Empty().Add(Absence("a", "e1"));
        Table<Absence> Left() => root.Add(Absence("f", "e1")).Add(Absence("x", "e1", "R"));
        Table<Absence> Right() => root.Add(Absence("y", "e1", "R")).Add(Absence("z", "e1", "R"));

        // One branch adds the remote id at position 2; the other first at 1, then again at 2 (in either order).
        var (left, right) = leftFirst ? (Left(), Right()) : (default(Table<Absence>), Right());
        left ??= Left();

        left.FindByRemoteId("R")!.Id.Should().Be("x");
        right.FindByRemoteId("R")!.Id.Should().Be("y", "the first record with a remote id keeps it");
        root.FindByRemoteId("R").Should().BeNull();
    }

    [Test]
    public void ParallelBranches_EachFindExactlyTheirOwnRecords()
    {
        var root = Table<Absence>.Create(Enumerable.Range(0, 100).Select(i => Absence($"seed{i}", "e1")));

        var branches = new Table<Absence>[16];
        Parallel.For(0, branches.Length, b =>
        {
            var table = root;
            for (var i = 0; i < 500; i++)
            {
                // Ids shared by all branches (at a different position on each) and ids of this branch alone.
                table = table.Add(Absence(i % 2 == 0 ? $"shared{(i + b) % 500}" : $"own{b}-{i}", "e1", $"r{b}-{i}"));
                table.Find(table[table.Count - 1].Id).Should().BeSameAs(table[table.Count - 1]);
            }

            branches[b] = table;
        });

        for (var b = 0; b < branches.Length; b++)
        {
            var table = branches[b];
            for (var position = 0; position < table.Count; position++)
            {
                table.PositionOf(table[position].Id).Should().Be(position);
            }

            table.Find($"own{(b + 1) % branches.Length}-1").Should().BeNull();
            table.FindByRemoteId($"r{(b + 1) % branches.Length}-0").Should().BeNull();
            table.FindByRemoteId($"r{b}-0")!.Should().BeSameAs(table[100]);
        }
    }
}
