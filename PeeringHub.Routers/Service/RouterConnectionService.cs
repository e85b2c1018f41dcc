using System.Diagnostics;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Gate;
using PeeringHub.Routers.Resilience;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Routers.Service;

/// <summary>
/// What the app's router endpoints call: fetch and accept host keys, test a connection, read sessions. Takes
/// <see cref="Router"/> entities; changes it makes to them (accepted host key) are saved by the caller.
/// </summary>
public sealed class RouterConnectionService
{
    private readonly RouterClient _client;
    private readonly RouterTargetFactory _targets;
    private readonly RouterTransportFactory _transports;
    private readonly HostKeyScanner _scanner;
    private readonly RouterCallGuard _guard;

    internal RouterConnectionService(RouterClient client, RouterTargetFactory targets, RouterTransportFactory transports, HostKeyScanner scanner, RouterCallGuard guard)
    {
        _client = client;
        _targets = targets;
        _transports = transports;
        _scanner = scanner;
        _guard = guard;
    }

    /// <summary>Fetches the router's host key (an SSH.NET key exchange that trusts nothing) so an operator can compare the fingerprint.</summary>
    public Task<RouterResult<HostKeyInfo>> FetchHostKeyAsync(Router router, CancellationToken ct = default) =>
        _guard.RunAsync(_targets.Create(router), "fetch host key", async () =>
        {
            var key = await _scanner.ScanAsync(router.Address, router.SshPort, ct);
            var accepted = router.HostKey is not null && HostKeys.Normalize(router.HostKey) == key;
            return new HostKeyInfo(key, HostKeys.Fingerprint(key), accepted);
        }, ct);

    /// <summary>Fetches the key again and stores it on <paramref name="router"/> only if its fingerprint is the one
    /// the operator confirmed; the caller saves the entity.</summary>
    public async Task<RouterResult<HostKeyInfo>> AcceptHostKeyAsync(Router router, string fingerprint, CancellationToken ct = default)
    {
        var fetched = await FetchHostKeyAsync(router, ct);
        if (!fetched.Succeeded) return fetched;
        var key = fetched.Value!;
        if (!string.Equals(key.Fingerprint, fingerprint.Trim(), StringComparison.Ordinal))
            return RouterResult<HostKeyInfo>.Fail(RouterErrorKind.HostKeyMismatch,
                $"the router now presents {key.Fingerprint}, not the confirmed {fingerprint.Trim()}; nothing stored");
        router.HostKey = key.HostKey;
        router.HostKeyFingerprint = key.Fingerprint;
        await _transports.CloseAsync(router.Id); // a master opened under the old key must not be reused
        return RouterResult<HostKeyInfo>.Ok(key with { MatchesAccepted = true });
    }

    /// <summary>Checks driver, host key, SSH login and the router CLI in that order and says which step failed.</summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(Router router, CancellationToken ct = default)
    {
        var sw = Stopwatch.StartNew();
        var target = await PrepareAsync(router, ct);
        if (!target.Succeeded) return new(false, "credentials", target.Error, target.Message, null, sw.Elapsed);
        if (!RouterPlatform.All.Contains(router.Platform) && router.Platform is not { Length: > 0 })
            return new(false, "driver", RouterErrorKind.UnknownPlatform, "no platform set", null, sw.Elapsed);
        if (router.Transport == RouterTransport.Ssh && string.IsNullOrWhiteSpace(router.HostKey))
            return new(false, "host key", RouterErrorKind.HostKeyNotAccepted, "no host key accepted yet: fetch and accept it first", null, sw.Elapsed);
        var list = await _client.ListSessionsAsync(target.Value!, ct);
        if (list.Succeeded)
        {
            var gate = await CheckGateAsync(target.Value!, ct);
            return new(true, null, RouterErrorKind.None, null, list.Value!.Count, sw.Elapsed, gate);
        }
        var step = list.Error switch
        {
            RouterErrorKind.UnknownPlatform => "driver",
            RouterErrorKind.HostKeyMismatch or RouterErrorKind.HostKeyNotAccepted => "host key",
            RouterErrorKind.Unreachable or RouterErrorKind.Timeout or RouterErrorKind.AuthenticationFailed or RouterErrorKind.CircuitOpen => "connect",
            _ => "router cli",
        };
        return new(false, step, list.Error, list.Message, null, sw.Elapsed);
    }

    /// <summary>
    /// The router-side gate's <c>check</c>: its version and each prerequisite (control socket, include, templates, log, write
    /// access, …) as ok or missing with the fix to apply on the router. What the router page shows after Test connection.
    /// </summary>
    public async Task<GateCheckResult> CheckGateAsync(Router router, CancellationToken ct = default)
    {
        var target = await PrepareAsync(router, ct);
        return target.Succeeded ? await CheckGateAsync(target.Value!, ct) : new GateCheckResult(null, [], target.Message);
    }

    private async Task<GateCheckResult> CheckGateAsync(RouterTarget target, CancellationToken ct)
    {
        if (target.Transport != RouterTransport.Ssh)
            return new GateCheckResult(null, [], "the local transport talks to the daemon directly; there is no router-side gate to check");
        var r = await _client.RunGateAsync(target, "check", ct);
        if (!r.Succeeded) return new GateCheckResult(null, [], r.Message);
        if (r.Value!.ExitCode != 0)
            return new GateCheckResult(null, [], r.Value.ErrorText.Contains("not allowed", StringComparison.Ordinal)
                ? "the router's gate has no 'check' command: install router-side/peeringhub-gate (docs/routers.md)"
                : $"the gate's check failed: {r.Value.ErrorText}");
        return GateCheckResult.Parse(r.Value.Stdout);
    }

    /// <summary>The router's TCP-MD5 counters through the gate's <c>tcp-md5</c> (SSH routers with gate version 2 or later).</summary>
    public async Task<RouterResult<TcpMd5Counters>> ReadTcpMd5CountersAsync(Router router, CancellationToken ct = default)
    {
        if (router.Transport != RouterTransport.Ssh)
            return RouterResult<TcpMd5Counters>.Fail(RouterErrorKind.InvalidInput, "TCP-MD5 counters are read through the router-side gate (SSH only)");
        var target = await PrepareAsync(router, ct);
        if (!target.Succeeded) return RouterResult<TcpMd5Counters>.Fail(target.Error, target.Message ?? "");
        var r = await _client.RunGateAsync(target.Value!, "tcp-md5", ct);
        if (!r.Succeeded) return RouterResult<TcpMd5Counters>.Fail(r.Error, r.Message ?? "");
        if (r.Value!.ExitCode != 0) return RouterResult<TcpMd5Counters>.Fail(RouterErrorKind.Rejected, $"the gate's tcp-md5 failed: {r.Value.ErrorText}");
        return TcpMd5Counters.Parse(r.Value.Stdout) is { } counters ? RouterResult<TcpMd5Counters>.Ok(counters)
            : RouterResult<TcpMd5Counters>.Fail(RouterErrorKind.ParseError, "the router reports no TCP-MD5 counters");
    }

    /// <summary>Waits up to <paramref name="max"/> for the router to report a session state change.</summary>
    public async Task<RouterResult<StateWatch>> WaitForStateChangeAsync(Router router, TimeSpan max, long? from, CancellationToken ct = default)
    {
        var target = await PrepareAsync(router, ct);
        return target.Succeeded ? await _client.WaitForStateChangeAsync(target.Value!, max, from, ct) : RouterResult<StateWatch>.Fail(target.Error, target.Message ?? "");
    }

    /// <summary>Reads all sessions with state; an unreadable router gives Reachable = false and the reason.</summary>
    public async Task<SessionReadResult> ReadSessionsAsync(Router router, CancellationToken ct = default)
    {
        var target = await PrepareAsync(router, ct);
        if (!target.Succeeded) return new(false, [], target.Error, target.Message, DateTime.UtcNow);
        var r = await _client.ListSessionsAsync(target.Value!, ct);
        return r.Succeeded ? new(true, r.Value!, RouterErrorKind.None, null, DateTime.UtcNow) : new(false, [], r.Error, r.Message, DateTime.UtcNow);
    }

    /// <summary>The router as a call target (key decrypted, host key known); a failure is a result with the reason.</summary>
    private Task<RouterResult<RouterTarget>> PrepareAsync(Router router, CancellationToken ct) =>
        _guard.RunAsync(new RouterTarget { Id = router.Id, Name = router.Name, Platform = router.Platform, Address = router.Address },
            "prepare", () => Task.FromResult(_targets.Create(router)), ct);
}
