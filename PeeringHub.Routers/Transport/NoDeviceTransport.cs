using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>The transport of a simulated router: there is no device, so a command reaching it is a bug and says so.</summary>
internal sealed class NoDeviceTransport : IRouterTransport
{
    public static readonly NoDeviceTransport Instance = new();

    public Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct) =>
        throw new RouterException(RouterErrorKind.InvalidInput, "a simulated router has no device to run commands on; only its simulated driver can answer");
}
