using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.Api.Infrastructure;

/// <summary>
/// The default service provider (scopes and the build validated in Development, as by default), with the seed's load into
/// the world started as soon as the provider exists (<see cref="WorldInitializer.Start"/>), so it runs while the host is
/// built, Kestrel is created and the pipeline is configured (start-up time). MVC's action descriptors (the application
/// model of every controller, ~130 ms) are built on the thread pool from then on too, instead of on the main thread
/// when the pipeline maps the controllers; that waits for them if they are not ready.
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
        _ = Task.Run(() => provider.GetService<IActionDescriptorCollectionProvider>()?.ActionDescriptors);
        return provider;
    }
}
