using AutoMapper;
using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Kombo.Sim.Api.Features.Assessment.Packages;

/// <summary>GET /assessment/packages: the packages of the latest submission (deleted ones are left out).</summary>
public static class GetPackages
{
    public sealed record Query : IIntegrationRequest, IRequest<PackagesModel>
    {
        [BindNever]
        public IntegrationKey Integration { get; init; }
    }

    internal sealed class Handler(World world, IMapper mapper) : IRequestHandler<Query, PackagesModel>
    {
        public Task<PackagesModel> Handle(Query query, CancellationToken cancellationToken)
        {
            var packages = world.Read(query.Integration).Assessment.Packages.Rows.Where(p => p.RemoteDeletedAt is null);
            return Task.FromResult(new PackagesModel { Packages = mapper.Map<List<PackageModel>>(packages) });
        }
    }
}
