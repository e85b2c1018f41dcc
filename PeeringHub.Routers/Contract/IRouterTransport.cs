namespace PeeringHub.Routers.Contract;

/// <summary>Runs one command on a router: the router CLI (<c>birdc</c>, <c>birdcl</c>, <c>vtysh -c …</c>) or a
/// config-file operation (<c>ls-conf</c>, <c>cat-conf</c>, <c>put-conf</c>, <c>rm-conf</c>) of the router-side gate.
/// Throws <see cref="RouterException"/> when the router cannot be reached; a command's own non-zero exit is a result.</summary>
public interface IRouterTransport
{
    Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct);
}
