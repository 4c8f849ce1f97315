using Kombo.Sim.Api.Domain.Integrations;
using Kombo.Sim.Api.State;

namespace Kombo.Sim.UnitTests.State;

public class IntegrationStoreTests
{
    private static IntegrationState NewState() => new()
    {
        Integration = new Integration
        {
            Id = "personio:test",
            Tool = "personio",
            Category = Categories.Hris,
            EndUser = new EndUser("Org", null, null),
            CreatedAt = DateTimeOffset.UnixEpoch,
        },
    };

    [Test]
    public void Write_PublishesTheNextStateAndCountsVersions()
    {
        var store = new IntegrationStore("env", NewState());

        var id = store.Write(state =>
        {
            var (next, _, newId) = state.NewRecordId("hris_employees");
            return (next, newId);
        });

        store.Current.Version.Should().Be(1);
        store.Current.NextRemoteNumber.Should().Be(100_001);
        id.Should().Be(KomboIds.ForRecord("personio:test", "hris_employees", "100000"));
    }

    [Test]
    public void Write_ThatThrows_PublishesNothing()
    {
        var store = new IntegrationStore("env", NewState());
        var before = store.Current;

        var write = () => store.Write<int>(state =>
        {
            _ = state.NewRecordId("hris_employees");
            throw new InvalidOperationException("rejected");
        });

        write.Should().Throw<InvalidOperationException>();
        store.Current.Should().BeSameAs(before);
    }

    [Test]
    public async Task ConcurrentWriters_LoseNoWrite()
    {
        var store = new IntegrationStore("env", NewState());

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                store.Write(state => (state.NewRecordId("x").State, 0));
            }
        })));

        store.Current.Version.Should().Be(4000);
        store.Current.NextRemoteNumber.Should().Be(104_000);
    }

    [Test]
    public void Write_WhoseSnapshotWasOvertaken_RunsAgainOnTheNewestStateAndKeepsBothChanges()
    {
        var store = new IntegrationStore("env", NewState());
        var calls = 0;

        var remoteId = store.Write(state =>
        {
            if (++calls == 1)
            {
                // Another writer publishes while this mutation computes on its (now stale) snapshot.
                store.Write(other => (other.NewRecordId("x").State, 0));
            }

            var (next, newRemoteId, _) = state.NewRecordId("y");
            return (next, newRemoteId);
        });

        calls.Should().Be(2, "the stale result is thrown away and the mutation runs again on the newest state");
        remoteId.Should().Be("100001", "the second run saw the other writer's record");
        store.Current.NextRemoteNumber.Should().Be(100_002);
        store.Current.Version.Should().Be(2);
    }
}
