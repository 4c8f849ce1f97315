using AutoMapper;
using Kombo.Sim.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.UnitTests;

public class MappingConfigurationTests
{
    [Test]
    public void EveryMappingProfile_MapsEveryDestinationMember()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAutoMapper(MappingConfiguration.Configure, typeof(MappingConfiguration).Assembly);
        using var provider = services.BuildServiceProvider();

        var configuration = provider.GetRequiredService<IMapper>().ConfigurationProvider;

        configuration.Invoking(c => c.AssertConfigurationIsValid()).Should().NotThrow();
    }
}
