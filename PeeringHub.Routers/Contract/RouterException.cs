namespace PeeringHub.Routers.Contract;

/// <summary>Thrown inside the router layer (transport, drivers) and turned into a <see cref="RouterResult{T}"/>
/// by <see cref="Resilience.RouterCallGuard"/>; never reaches callers of <see cref="RouterClient"/>.</summary>
public class RouterException(RouterErrorKind kind, string message) : Exception(message)
{
    public RouterErrorKind Kind { get; } = kind;
}
