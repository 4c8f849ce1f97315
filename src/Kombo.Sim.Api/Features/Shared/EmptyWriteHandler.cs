using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>
/// The shape of the writes whose <c>data</c> is Kombo's empty object: one atomic write on the integration's state at
/// the clock's current instant. A write that throws publishes nothing.
/// </summary>
public abstract class EmptyWriteHandler<TCommand>(World world, TimeProvider clock) : IRequestHandler<TCommand, Written<Empty>>
    where TCommand : IIntegrationRequest, IRequest<Written<Empty>>
{
    public Task<Written<Empty>> Handle(TCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var warnings = world.Store(request.Integration).Write(state => Apply(state, request, now));
        return Task.FromResult(new Written<Empty>(Empty.Instance, warnings));
    }

    /// <summary>The next state and what to warn the caller about; throw a KomboException to reject the request.</summary>
    protected abstract (IntegrationState Next, IReadOnlyList<Warning> Warnings) Apply(IntegrationState state, TCommand command, DateTimeOffset now);

    protected static (IntegrationState Next, IReadOnlyList<Warning> Warnings) Clean(IntegrationState next) => (next, []);
}
