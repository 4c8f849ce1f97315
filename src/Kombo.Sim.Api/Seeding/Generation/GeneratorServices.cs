namespace Kombo.Sim.Api.Seeding.Generation;

public static class GeneratorServices
{
    /// <summary>The generator, its <c>Generator</c> settings, the seed's generation step and the entry point for new integrations.</summary>
    public static IServiceCollection AddKomboGenerator(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GeneratorOptions>(configuration.GetSection(GeneratorOptions.Section));
        services.AddSingleton<WorldGenerator>();
        services.AddSingleton<SeedGeneration>();
        services.AddSingleton<IntegrationGenerator>();
        return services;
    }
}
