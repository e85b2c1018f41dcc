using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>Fetches a router's host key with ssh-keyscan so an operator can compare its fingerprint before trusting it.</summary>
internal sealed class HostKeyScanner(RouterOptions options)
{
    // Preferred key types, best first; the one we store is the one ssh will be pinned to (HostKeyAlgorithms).
    private static readonly string[] Preference = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa"];

    public async Task<string> ScanAsync(string host, int port, CancellationToken ct)
    {
        var timeout = Math.Max(1, (int)options.ConnectTimeout.TotalSeconds);
        var r = await ProcessRunner.RunAsync(options.SshKeyscanPath,
            ["-T", timeout.ToString(System.Globalization.CultureInfo.InvariantCulture), "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--", host], null, ct);
        var keys = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 3)
            .Select(p => $"{p[1]} {p[2]}")
            .ToList();
        var best = Preference.Select(t => keys.FirstOrDefault(k => k.StartsWith(t + " ", StringComparison.Ordinal))).FirstOrDefault(k => k is not null)
                   ?? keys.FirstOrDefault();
        return best is not null ? HostKeys.Normalize(best)
            : throw new RouterException(RouterErrorKind.Unreachable, $"no host key from {host}:{port}: {(r.Stderr.Trim().Length > 0 ? r.Stderr.Trim() : "no answer")}");
    }
}
