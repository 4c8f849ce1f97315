namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>Marks a controller action as one of Kombo's operations (its operationId in Kombo's spec).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class KomboOperationAttribute(string operationId) : Attribute
{
    public string OperationId { get; } = operationId;
}
