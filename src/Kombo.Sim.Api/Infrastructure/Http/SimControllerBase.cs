using Microsoft.AspNetCore.Mvc;

namespace Kombo.Sim.Api.Infrastructure.Http;

/// <summary>
/// The base of every controller: MVC's controller context and the few members the controllers use, instead of
/// <see cref="ControllerBase"/>.
/// </summary>
/// <remarks>
/// MVC builds its application model by reflecting over every public method and property of every controller, inherited
/// ones included, to decide which are actions and which bind. <see cref="ControllerBase"/> brings ~90 public helper
/// methods and ~13 properties to each of the 40 controllers; reflecting over them was about half of building the
/// action descriptors, the longest step of start-up, which the main thread waits for before it can listen (ADR 15,
/// ninth pass). A controller here has its actions and one property, set by MVC like <see cref="ControllerBase"/>'s.
/// </remarks>
[Controller]
public abstract class SimControllerBase
{
    /// <summary>Set by MVC when it creates the controller for a request.</summary>
    [ControllerContext]
    public ControllerContext ControllerContext { get; set; } = null!;

    protected HttpContext HttpContext => ControllerContext.HttpContext;

    protected HttpRequest Request => HttpContext.Request;

    /// <summary>The simulator's own base URL as the caller reached it (links to pages the simulator serves).</summary>
    protected string PublicBaseUrl => $"{Request.Scheme}://{Request.Host}";

    protected static OkObjectResult Ok(object? value) => new(value);
}
