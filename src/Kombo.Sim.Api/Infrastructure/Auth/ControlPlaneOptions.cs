namespace Kombo.Sim.Api.Infrastructure.Auth;

/// <summary>Configuration section <c>ControlPlane</c>: who may use <c>/_sim</c>.</summary>
public sealed class ControlPlaneOptions
{
    public const string Section = "ControlPlane";

    /// <summary>Off: every <c>/_sim</c> path answers 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Off (default): only loopback callers may use the control plane.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>When set, callers must send <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Sim-Admin-Key</c>.</summary>
    public string? AdminKey { get; set; }
}
