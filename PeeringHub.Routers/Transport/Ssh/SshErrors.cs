using System.Net.Sockets;
using Renci.SshNet.Common;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>Turns SSH.NET and socket exceptions into <see cref="RouterException"/>s with a reason an operator can act on.</summary>
internal static class SshErrors
{
    /// <summary>True for failures of the connection itself (the client must be dropped and opened again).</summary>
    public static bool IsConnectionFault(Exception e) =>
        e is SshConnectionException or SocketException or SshOperationTimeoutException or ObjectDisposedException or IOException
            or ProxyException or SshAuthenticationException
        || e is SshException { Message: "Client not connected." }
        || e is InvalidOperationException { Message: var m } && m.Contains("not connected", StringComparison.OrdinalIgnoreCase);

    public static RouterException Classify(RouterTarget target, Exception e, HostKeyCheck? hostKey)
    {
        if (e is RouterException r) return r;
        if (hostKey?.Refused is { } presented)
            return new(RouterErrorKind.HostKeyMismatch,
                $"{target.Name}: the router's host key {presented} does not match the accepted key {hostKey.Expected}; connection refused " +
                "(if the router was reinstalled, fetch and accept its new key)");
        return e switch
        {
            SshAuthenticationException a => new(RouterErrorKind.AuthenticationFailed,
                $"{target.Name}: SSH authentication failed for user '{target.SshUser}': {(a.Message.Contains("Permission denied", StringComparison.Ordinal) ? a.Message : "Permission denied: " + a.Message)}"),
            SocketException s => new(RouterErrorKind.Unreachable, $"{target.Name}: cannot connect to {target.Address}:{target.SshPort}: {s.Message}"),
            SshOperationTimeoutException t => new(RouterErrorKind.Timeout, $"{target.Name}: {t.Message}"),
            _ => new(RouterErrorKind.Unreachable, $"{target.Name}: SSH connection failed: {e.Message}"),
        };
    }
}
