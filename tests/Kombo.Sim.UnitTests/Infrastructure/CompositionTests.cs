using System.Reflection;
using AutoMapper;
using Kombo.Sim.Api.Catalog;
using Kombo.Sim.Api.Infrastructure;
using Kombo.Sim.Api.Infrastructure.Auth;
using Kombo.Sim.Api.Infrastructure.Http;
using Kombo.Sim.Api.Infrastructure.Mediator;
using Kombo.Sim.Api.Seeding;
using Kombo.Sim.Api.Webhooks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kombo.Sim.UnitTests.Infrastructure;

public class MappingConfigurationTests
{
    [Test]
    public void MappingProfiles_AreValid()
    {
        var configuration = new MapperConfiguration(cfg =>
        {
            MappingConfiguration.Configure(cfg);
            cfg.AddMaps(typeof(MappingConfiguration).Assembly);
        });

        configuration.Invoking(c => c.AssertConfigurationIsValid()).Should().NotThrow();
        configuration.CreateMapper().Should().NotBeNull();
    }
}

public class HandlerRegistrationTests
{
    private static readonly Assembly Api = typeof(MediatorRegistration).Assembly;

    private static IEnumerable<Type> RequestTypes() =>
        Api.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsRequest));

    [Test]
    public void EveryRequest_HasExactlyOneHandler()
    {
        var handlers = MediatorRegistration.FindHandlers(Api).ToList();

        var requests = RequestTypes().ToList();

        requests.Should().NotBeEmpty();
        foreach (var request in requests)
        {
            var response = request.GetInterfaces().Single(IsRequest).GetGenericArguments()[0];
            var service = typeof(IRequestHandler<,>).MakeGenericType(request, response);
            handlers.Count(h => h.Service == service).Should().Be(1, "{0} needs exactly one handler", request.FullName);
        }
    }

    [Test]
    public void EveryHandler_IsASingletonThatDependsOnSingletonsOnly()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Services.AddKomboSimulator(builder.Configuration);
        var services = builder.Services;

        var handlers = MediatorRegistration.FindHandlers(Api).ToList();

        handlers.Should().NotBeEmpty();
        services.Last(d => d.ServiceType == typeof(IMediator)).Lifetime.Should().Be(ServiceLifetime.Singleton);
        foreach (var (service, implementation) in handlers)
        {
            services.Last(d => d.ServiceType == service).Lifetime.Should().Be(ServiceLifetime.Singleton, implementation.FullName);

            // Shared by every request, so it keeps nothing of one: only its constructor's services, no other state.
            const BindingFlags instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
            implementation.GetFields(instance).Where(f => !f.IsInitOnly && !f.Name.StartsWith('<')).Should().BeEmpty("{0} holds no per-request state", implementation.FullName);
            implementation.GetProperties(instance).Where(p => p.SetMethod is not null).Should().BeEmpty("{0} holds no per-request state", implementation.FullName);
            foreach (var parameter in implementation.GetConstructors().Single().GetParameters())
            {
                var type = parameter.ParameterType;
                var registration = services.LastOrDefault(d => d.ServiceType == type || (type.IsGenericType && d.ServiceType == type.GetGenericTypeDefinition()));
                registration.Should().NotBeNull("{0} of {1} is registered", type.Name, implementation.FullName);
                registration!.Lifetime.Should().Be(ServiceLifetime.Singleton, "a singleton handler would hold on to {0} of {1}", type.Name, implementation.FullName);
            }
        }
    }

    [Test]
    public void Mvc_ReadsJsonWithTheSimulatorsFormatterAndLooksForFormsOnlyInForms()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Services.AddKomboSimulator(builder.Configuration);
        using var provider = builder.Services.BuildServiceProvider();

        var mvc = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<MvcOptions>>().Value;

        mvc.InputFormatters.OfType<Microsoft.AspNetCore.Mvc.Formatters.SystemTextJsonInputFormatter>().Should().BeEmpty();
        mvc.InputFormatters.OfType<Kombo.Sim.Api.Infrastructure.Http.KomboJsonInputFormatter>().Should().ContainSingle();
        mvc.ValueProviderFactories.Should().NotContain(f => f is Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory
            || f is Microsoft.AspNetCore.Mvc.ModelBinding.FormFileValueProviderFactory);
        mvc.ValueProviderFactories.OfType<Kombo.Sim.Api.Infrastructure.Http.DeclaredFormValueProviderFactory>().Should().HaveCount(2);
    }

    [Test]
    public void Mediator_ResolvesBehaviorsOutermostFirst()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<Kombo.Sim.Api.Infrastructure.Faults.FaultRegistry>();
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Kombo.Sim.Api.State.World>();
        services.AddKomboWebhooks(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<Kombo.Sim.Api.State.Sequences>();
        services.AddKomboMediator(Api);
        using var provider = services.BuildServiceProvider();

        var behaviors = provider.GetServices<IPipelineBehavior<Probe, int>>().Select(b => b.GetType().GetGenericTypeDefinition()).ToList();

        behaviors.Should().Equal(
            typeof(Kombo.Sim.Api.Infrastructure.Behaviors.LoggingBehavior<,>),
            typeof(Kombo.Sim.Api.Infrastructure.Behaviors.FaultInjectionBehavior<,>),
            typeof(Kombo.Sim.Api.Infrastructure.Behaviors.ValidationBehavior<,>),
            typeof(Kombo.Sim.Api.Infrastructure.Behaviors.DataChangedBehavior<,>));
        provider.GetRequiredService<IMediator>().Should().NotBeNull();
    }

    private static bool IsRequest(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IRequest<>);

    public sealed record Probe : IRequest<int>;
}

public class OperationCatalogTests
{
    private static readonly OperationCatalog Catalog = OperationCatalog.Load();

    private static IEnumerable<(MethodInfo Action, string OperationId)> Actions() =>
        from type in typeof(MediatorRegistration).Assembly.GetTypes()
        where typeof(SimControllerBase).IsAssignableFrom(type)
        from method in type.GetMethods()
        let attribute = method.GetCustomAttribute<KomboOperationAttribute>()
        where attribute is not null
        select (method, attribute.OperationId);

    [Test]
    public void Catalog_HoldsTheFiftyFourOperationsInScope()
    {
        Catalog.All.Should().HaveCount(54);
        Catalog.All.Select(o => o.OperationId).Should().OnlyHaveUniqueItems();
    }

    [Test]
    public void EveryKomboAction_IsACatalogOperationWithTheSameMethodAndPath()
    {
        foreach (var (action, operationId) in Actions())
        {
            var operation = Catalog.Find(operationId);
            operation.Should().NotBeNull("{0} names an operation of the catalog", action.Name);
            var controllerRoute = action.DeclaringType!.GetCustomAttribute<RouteAttribute>()?.Template ?? "";
            var http = action.GetCustomAttributes<HttpMethodAttribute>().Single();
            var template = "/" + string.Join('/', new[] { controllerRoute, http.Template }.Where(p => !string.IsNullOrEmpty(p)));
            template.Should().Be("/v1" + operation!.Path, "{0} serves {1}", action.Name, operationId);
            http.HttpMethods.Single().Should().Be(operation.Method);
        }
    }

    [Test]
    public void EveryCatalogOperation_IsServed()
    {
        var served = Actions().Select(a => a.OperationId).ToHashSet();

        Catalog.All.Select(o => o.OperationId).Where(id => !served.Contains(id)).Should().BeEmpty("all 54 operations in scope are served");
    }

    [Test]
    public void NoOperation_IsServedTwice()
    {
        Actions().Select(a => a.OperationId).Should().OnlyHaveUniqueItems();
    }
}

public class ControllerTypeTests
{
    private static readonly Type[] Controllers =
        [.. typeof(MediatorRegistration).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Name.EndsWith("Controller", StringComparison.Ordinal))];

    [Test]
    public void EveryController_DerivesFromSimControllerBase_NotFromMvcsControllerBase()
    {
        // MVC reflects over every public member of every controller at start-up; ControllerBase's ~90 helpers made that
        // the longest step of start-up (ADR 15, ninth pass).
        Controllers.Should().HaveCountGreaterThanOrEqualTo(40);
        Controllers.Where(t => typeof(ControllerBase).IsAssignableFrom(t)).Should().BeEmpty();
        Controllers.Where(t => !typeof(SimControllerBase).IsAssignableFrom(t)).Should().BeEmpty();
    }

    [Test]
    public void AController_HasNoPublicMethodsButItsActions()
    {
        var nonActions =
            from type in Controllers
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            where method.DeclaringType != typeof(object) && !method.IsSpecialName
            where !method.GetCustomAttributes<HttpMethodAttribute>().Any()
            select $"{type.Name}.{method.Name}";

        nonActions.Should().BeEmpty("every public method of a controller is an action with its HTTP method");
    }
}
