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
}
