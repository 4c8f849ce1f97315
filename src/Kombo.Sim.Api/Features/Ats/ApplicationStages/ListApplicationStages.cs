using AutoMapper;
using Kombo.Sim.Api.Domain.Ats;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.State;
using MediatR;

namespace Kombo.Sim.Api.Features.Ats.ApplicationStages;

/// <summary>
/// GET /ats/application-stages (deprecated by Kombo in favour of <c>job.stages</c>): the stages of all jobs, each once.
/// </summary>
public static class ListApplicationStages
{
    public sealed record Query : ListQuery, IRequest<Page<ApplicationStageModel>>;

    internal sealed class Validator : ListQueryValidator<Query>;

    internal sealed class Handler(World world, IMapper mapper) : IRequestHandler<Query, Page<ApplicationStageModel>>
    {
        public Task<Page<ApplicationStageModel>> Handle(Query request, CancellationToken cancellationToken)
        {
            var state = world.Read(request.Integration);
            var stages = PipelineRules.AllStages(state.Ats.Jobs.Rows);
            var page = new RecordFilter<ApplicationStage>(request).Paginate(stages, mapper.Map<ApplicationStageModel>);
            return Task.FromResult(page);
        }
    }
}
