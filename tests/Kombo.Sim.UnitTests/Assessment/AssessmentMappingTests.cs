using AutoMapper;
using Kombo.Sim.Api.Features.Assessment.Orders;
using Kombo.Sim.Api.Features.Assessment.Packages;
using Kombo.Sim.Api.Infrastructure;

namespace Kombo.Sim.UnitTests.Assessment;

public class AssessmentMappingTests
{
    [Test]
    public void AssessmentProfiles_MapEveryMember()
    {
        var configuration = new MapperConfiguration(c =>
        {
            MappingConfiguration.Configure(c);
            c.AddProfile<PackagesMappingProfile>();
            c.AddProfile<OrdersMappingProfile>();
        });

        var assert = configuration.AssertConfigurationIsValid;

        assert.Should().NotThrow();
    }
}
