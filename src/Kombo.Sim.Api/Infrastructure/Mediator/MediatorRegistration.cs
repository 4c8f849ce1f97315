using System.Reflection;
using Kombo.Sim.Api.Infrastructure.Behaviors;
using MediatR;

namespace Kombo.Sim.Api.Infrastructure.Mediator;

/// <summary>
/// MediatR 5.1.0 wired by hand (no DI package is available for it): the service factory, the mediator,
/// every closed <see cref="IRequestHandler{TRequest,TResponse}"/> of the assembly, and the behaviors,
/// outermost first (MediatR 5 runs the first registered behavior first).
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddKomboMediator(this IServiceCollection services, Assembly assembly)
    {
        // Handlers, like the behaviors, depend on singletons only (a unit test holds every handler to that), so the
        // mediator, its service factory and the handlers are built once, not for every request and its scope.
        services.AddSingleton<ServiceFactory>(sp => sp.GetService!);
        services.AddSingleton<IMediator, MediatR.Mediator>();

        foreach (var (service, implementation) in FindHandlers(assembly))
        {
            services.AddSingleton(service, implementation);
        }

        // The behaviors depend on singletons only (the request's context comes from IHttpContextAccessor), so one
        // instance per request type serves every request.
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(FaultInjectionBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddSingleton(typeof(IPipelineBehavior<,>), typeof(DataChangedBehavior<,>));
        return services;
    }

    /// <summary>Every (closed handler interface, handler class) pair of the assembly.</summary>
    public static IEnumerable<(Type Service, Type Implementation)> FindHandlers(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
        from service in type.GetInterfaces()
        where service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)
        select (service, type);
}
