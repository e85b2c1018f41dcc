using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Renci.SshNet;
using Renci.SshNet.Common;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// Fetches a router's host key with SSH.NET so an operator can compare its fingerprint before trusting it: the key
/// exchange runs up to <c>HostKeyReceived</c>, the key is recorded and refused, so no authentication ever happens.
/// </summary>
internal sealed class HostKeyScanner(RouterOptions options)
{
    public async Task<string> ScanAsync(string host, int port, CancellationToken ct)
    {
        var info = new ConnectionInfo(host, port, "peeringhub", new NoneAuthenticationMethod("peeringhub")) { Timeout = options.ConnectTimeout };
        // Plain keys only (the stored key is what later connections are pinned to); SSH.NET's order puts ed25519 first.
        foreach (var name in info.HostKeyAlgorithms.Keys.Where(k => k.Contains("-cert-", StringComparison.Ordinal)).ToList())
            info.HostKeyAlgorithms.Remove(name);
        using var client = new SshClient(info);
        string? key = null;
        client.HostKeyReceived += (_, e) =>
        {
            key = $"{KeyType(e.HostKey)} {Convert.ToBase64String(e.HostKey)}";
            e.CanTrust = false; // fetched, not trusted: the operator decides
        };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await client.ConnectAsync(timeout.Token);
        }
        catch (Exception e) when (key is not null && e is SshConnectionException)
        {
            // expected: we refused the key after recording it
        }
        catch (Exception e) when (e is SocketException or SshException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new RouterException(e is OperationCanceledException ? RouterErrorKind.Timeout : RouterErrorKind.Unreachable,
                $"no host key from {host}:{port}: {(e is OperationCanceledException ? $"no answer within {options.ConnectTimeout.TotalSeconds:0} s" : e.Message)}");
        }
        return key is not null ? HostKeys.Normalize(key) : throw new RouterException(RouterErrorKind.Unreachable, $"no host key from {host}:{port}");
    }

    /// <summary>The key blob starts with its type as an SSH string (uint32 length + name), e.g. <c>ssh-ed25519</c>.</summary>
    private static string KeyType(byte[] blob)
    {
        if (blob.Length < 4) throw new RouterException(RouterErrorKind.Unreachable, "the router sent an empty host key");
        var n = BinaryPrimitives.ReadInt32BigEndian(blob);
        return n > 0 && n <= blob.Length - 4 ? Encoding.ASCII.GetString(blob, 4, n)
            : throw new RouterException(RouterErrorKind.Unreachable, "the router sent a malformed host key");
    }
}
