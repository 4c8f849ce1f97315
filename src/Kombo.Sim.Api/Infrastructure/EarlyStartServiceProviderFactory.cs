using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.Api.Infrastructure;

/// <summary>
/// The default service provider (scopes and the build validated in Development, as by default), with the seed's load into
/// the world started as soon as the provider exists (<see cref="WorldInitializer.Start"/>), so it runs while the host is
/// built, Kestrel is created and the pipeline is configured (start-up time).
/// </summary>
internal sealed class EarlyStartServiceProviderFactory(IServiceProviderFactory<IServiceCollection> inner) : IServiceProviderFactory<IServiceCollection>
{
    public static EarlyStartServiceProviderFactory For(HostBuilderContext context)
    {
        var development = context.HostingEnvironment.IsDevelopment();
        return new(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = development, ValidateOnBuild = development }));
    }

    public IServiceCollection CreateBuilder(IServiceCollection services) => inner.CreateBuilder(services);

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder)
    {
        var provider = inner.CreateServiceProvider(containerBuilder);
        provider.GetService<WorldInitializer>()?.Start();
        return provider;
    }
}
