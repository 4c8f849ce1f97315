using AutoMapper;
using AutoMapper.Configuration.Annotations;

namespace Kombo.Sim.Api.Infrastructure;

/// <summary>AutoMapper settings shared by the application and the mapping tests.</summary>
public static class MappingConfiguration
{
    public static void Configure(IMapperConfigurationExpression configuration)
    {
        // Kombo distinguishes null lists (e.g. bank_accounts: null) from empty ones.
        configuration.AllowNullCollections = true;

        // Members marked [Ignore] are derived from others (a timestamp's wire text, see WireText), never mapped.
        configuration.ShouldMapProperty = property => property.GetMethod is { IsPublic: true } && !property.IsDefined(typeof(IgnoreAttribute), inherit: true);
    }
}
