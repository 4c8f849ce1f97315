using AutoMapper;
using Kombo.Sim.Api.Domain.Common;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Shared;

/// <summary>
/// The shape of every list handler: take one snapshot, apply the common and the operation's filters, page
/// through the records in their stable order and map each to Kombo's wire model.
/// </summary>
public abstract class ListHandler<TQuery, TRecord, TModel>(World world, IMapper mapper)
    : IRequestHandler<TQuery, Page<TModel>>
    where TQuery : ListQuery, IRequest<Page<TModel>>
    where TRecord : class, IRecord
{
    protected IMapper Mapper { get; } = mapper;

    public Task<Page<TModel>> Handle(TQuery request, CancellationToken cancellationToken)
    {
        var state = world.Read(request.Integration);
        var filter = new RecordFilter<TRecord>(request);
        Filter(filter, request, state);
        return Task.FromResult(filter.Paginate(Source(state), record => Map(record, state)));
    }

    protected abstract Table<TRecord> Source(IntegrationState state);

    /// <summary>Adds the operation's own filters; the common ones are already applied.</summary>
    protected virtual void Filter(RecordFilter<TRecord> filter, TQuery query, IntegrationState state)
    {
    }

    protected virtual TModel Map(TRecord record, IntegrationState state) => Mapper.Map<TModel>(record);
}
