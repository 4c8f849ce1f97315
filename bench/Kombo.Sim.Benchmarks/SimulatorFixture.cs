using Kombo.Sim.Api.Features.Shared;
using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.State;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.Benchmarks;

/// <summary>
/// The simulator's services without HTTP: the default seed plus generated Personio employees (and Greenhouse
/// applications), loaded into the world, and a mediator that runs requests through every behavior and handler.
/// </summary>
public sealed class SimulatorFixture : IDisposable
{
    public const string Hris = "personio:3q5sD8CFv8WK9jw7G5ozZiom";
    public const string Ats = "greenhouse:BwKLEQYYBcMzbDasjHz82jwH";

    private readonly WebApplication _app;
    private readonly IServiceScope _scope;

    public SimulatorFixture(int employees, int candidates = 0, int applications = 0)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args =
            [
                $"--Generator:Employees={employees}", "--Generator:AbsencesPerEmployee=5",
                $"--Generator:Candidates={candidates}", $"--Generator:Applications={applications}",
                $"--Generator:Integrations:0={Hris}", $"--Generator:Integrations:1={Ats}",
            ],
        });
        builder.Services.AddKomboSimulator(builder.Configuration);
        _app = builder.Build();
        World = _app.Services.GetRequiredService<World>();
        World.Load(_app.Services.GetRequiredService<SeedWorld>().Layout);
        _scope = _app.Services.CreateScope();
        Mediator = _scope.ServiceProvider.GetRequiredService<IMediator>();
        EnvironmentId = World.Environments[0].Id;
    }

    public World World { get; }

    public IMediator Mediator { get; }

    public string EnvironmentId { get; }

    public IntegrationKey HrisKey => new(EnvironmentId, Hris);

    public IntegrationKey AtsKey => new(EnvironmentId, Ats);

    public IntegrationState HrisState => World.FindIntegration(EnvironmentId, Hris)!.Current;

    public T Service<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public void Dispose()
    {
        _scope.Dispose();
        ((IDisposable)_app).Dispose();
    }
}
