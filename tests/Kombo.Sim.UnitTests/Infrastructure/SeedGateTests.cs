using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.Api.Seeding;
using Microsoft.AspNetCore.Http;

namespace Kombo.Sim.UnitTests.Infrastructure;

public class SeedGateTests
{
    private int _served;

    [SetUp]
    public void NothingServedYet() => _served = 0;

    [Test]
    public async Task RequestWhileTheSeedLoads_WaitsForTheLoadThenIsServed()
    {
        var loading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = SeedGate.For(loading.Task)(Serve);

        var request = gate(new DefaultHttpContext());
        await Task.Delay(50);

        request.IsCompleted.Should().BeFalse("the world is not loaded yet");
        _served.Should().Be(0);

        loading.SetResult();
        await request;

        _served.Should().Be(1);
    }

    [Test]
    public void RequestAfterTheLoad_IsServedAtOnce()
    {
        var gate = SeedGate.For(Task.CompletedTask)(Serve);

        var request = gate(new DefaultHttpContext());

        request.IsCompletedSuccessfully.Should().BeTrue();
        _served.Should().Be(1);
    }

    [Test]
    public async Task RequestWhileTheSeedFails_FailsWithTheSeedsErrorAndIsNotServed()
    {
        var loading = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = SeedGate.For(loading.Task)(Serve);

        var request = gate(new DefaultHttpContext());
        loading.SetException(new SeedException("seed-data/world.json", null, "the file is missing."));

        await FluentActions.Awaiting(() => request).Should().ThrowAsync<SeedException>().WithMessage("*the file is missing*");
        _served.Should().Be(0);
    }

    private Task Serve(HttpContext context)
    {
        _served++;
        return Task.CompletedTask;
    }
}
