using AutoMapper;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Datev.DataPushes;

/// <summary>
/// GET /custom/datev/data-pushes: the pushes of the last two months by the simulator's clock (created at or after
/// now minus two calendar months), newest first, each with its files. Kombo does not paginate it.
/// </summary>
public static class ListDataPushes
{
    public const int WindowMonths = 2;

    public sealed record Query : IIntegrationRequest, IRequest<DataPushListModel>
    {
        public IntegrationKey Integration { get; init; }
    }

    internal sealed class Handler(World world, TimeProvider clock, IMapper mapper) : IRequestHandler<Query, DataPushListModel>
    {
        public Task<DataPushListModel> Handle(Query query, CancellationToken cancellationToken)
        {
            var since = clock.GetUtcNow().AddMonths(-WindowMonths);
            var pushes = world.Read(query.Integration).Payroll.DataPushesSince(since)
                .Select(push =>
                {
                    var model = mapper.Map<DataPushModel>(push);
                    model.UploadJobs = mapper.Map<List<UploadJobModel>>(push.UploadJobs);
                    return model;
                })
                .ToList();
            return Task.FromResult(new DataPushListModel { DataPushes = pushes });
        }
    }
}
