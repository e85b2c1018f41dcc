using System.Net;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Configuration;

namespace PeeringHub.Routers.Frr;

/// <summary>
/// FRR over vtysh: state from <c>show bgp neighbors json</c>, changes as one vtysh call with several <c>-c</c> followed
/// by <c>write memory</c>. FRR has no commit-confirm, so Apply computes the line diff against the running config,
/// applies it, and on an error (vtysh stops at the first failing line) applies the inverse diff: the router's
/// running config ends as it was.
/// </summary>
public sealed class FrrDriver : IRouterDriver
{
    public string Platform => RouterPlatform.Frr;

    public async Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct)
    {
        var r = await Vtysh(transport, ct, true, "show bgp neighbors json");
        return FrrParser.ParseNeighbors(r.Stdout, DateTime.UtcNow);
    }

    public async Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget router, IRouterTransport transport, AdminStateRequest request, CancellationToken ct)
    {
        var down = request.Target == AdminState.Down;
        var message = down && !string.IsNullOrWhiteSpace(request.ShutdownMessage) ? SafeText.ShutdownMessage(request.ShutdownMessage) : null;
        var names = request.Sessions.Select(s => SafeText.Ip(s).ToString()).Distinct(StringComparer.Ordinal).ToList();
        string Line(string n) => down ? $"neighbor {n} shutdown" + (message is null ? "" : $" message {message}") : $"no neighbor {n} shutdown";
        // Happy path: one vtysh call applies all lines, saves and reads the summary to confirm (vtysh stops at the first
        // failing line, so "write memory" and the summary only run when every line was accepted). If a line failed (e.g. an
        // unknown neighbor), retry with the neighbors the router knows, so one bad name does not block the others.
        SessionActionResult Result(string n, bool? disabled, bool saved, string? error) => disabled is not { } d
            ? new SessionActionResult(n, false, $"{n}: no such neighbor")
            : d == down
                ? new SessionActionResult(n, true, $"{n}: {(down ? "shutdown" : "enabled")}" + (saved ? "" : " (running config only: write memory did not confirm)"))
                : new SessionActionResult(n, false, $"{n}: still {(down ? "enabled" : "shut down")}" + (error is null ? "" : $": {error}"));

        var r = await Configure(transport, router, names.Select(Line), ct, save: true, then: "show bgp summary json");
        var saved = r.ExitCode == 0 && r.Stdout.Contains("saved", StringComparison.OrdinalIgnoreCase);
        if (r.ExitCode == 0 && FrrSummary.AdminDisabled(r.Stdout) is { } summary && names.All(summary.ContainsKey))
            return names.Select(n => Result(n, summary[n], saved, null)).ToList();

        string? error = null;
        if (r.ExitCode != 0)
        {
            error = r.ErrorText;
            var known = (await ListSessionsAsync(router, transport, ct)).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            var retry = names.Where(known.Contains).Select(Line).ToList();
            if (retry.Count > 0)
            {
                var r2 = await Configure(transport, router, retry, ct, save: true);
                if (r2.ExitCode != 0) error = r2.ErrorText;
                saved = r2.ExitCode == 0 && r2.Stdout.Contains("saved", StringComparison.OrdinalIgnoreCase);
            }
        }
        var after = (await ListSessionsAsync(router, transport, ct)).ToDictionary(s => s.Name, StringComparer.Ordinal);
        return names.Select(n => Result(n, after.TryGetValue(n, out var s) ? s.AdminDisabled : null, saved, error)).ToList();
    }

    public RenderedConfig Render(RouterTarget router, SessionConfig session) => FrrRenderer.Render(session);

    /// <summary>bgpd logs "%ADJCHANGE: neighbor 192.0.2.11 … Up/Down" with <c>bgp log-neighbor-changes</c>.</summary>
    public Task<StateWatch> WaitForStateChangeAsync(RouterTarget router, IRouterTransport transport, TimeSpan max, long? from, CancellationToken ct) =>
        GateStateWatch.WaitAsync(transport, max, from, "ADJCHANGE", ct);

    public async Task<string> CheckAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, CancellationToken ct)
    {
        // FRR cannot dry-run against the running daemon; check what it would reject for certain: undefined references,
        // and what applying would silently leave out: lines that are not this neighbor's.
        var foreign = FrrNeighborConfig.Foreign(config.Text, SafeText.Ip(config.Session).ToString());
        if (foreign.Count > 0)
            throw new RouterException(RouterErrorKind.InvalidInput, $"not configuration of neighbor {config.Session}: " + PasswordMask.Hide(string.Join("; ", foreign.Take(3).Select(l => $"'{l}'"))));
        var running = (await Vtysh(transport, ct, true, "show running-config")).Stdout;
        var missing = FrrReferences.Missing(config.Text, running);
        return missing.Count == 0 ? "references OK"
            : throw new RouterException(RouterErrorKind.Rejected, "not defined on the router: " + string.Join(", ", missing));
    }

    public async Task<string> ApplyAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, ApplyOptions options, CancellationToken ct)
    {
        if (!options.Confirm)
            throw new RouterException(RouterErrorKind.InvalidInput, "FRR has no confirmed commit; apply with Confirm = true");
        var ip = SafeText.Ip(config.Session).ToString();
        var wanted = FrrNeighborConfig.Extract(config.Text).GetValueOrDefault(ip)
                     ?? throw new RouterException(RouterErrorKind.InvalidInput, $"rendered config has no lines for {ip}");
        var running = (await Vtysh(transport, ct, true, "show running-config")).Stdout;
        var current = FrrNeighborConfig.Extract(running).GetValueOrDefault(ip) ?? new FrrNeighborConfig(ip);
        var forward = FrrDiff.Commands(current, wanted);
        if (forward.Count == 0) return "no change";
        var r = await Configure(transport, router, forward, ct);
        if (r.ExitCode != 0)
        {
            var undo = current.IsEmpty ? [$"no neighbor {ip}"] : FrrDiff.Commands(wanted, current);
            var u = await Configure(transport, router, undo, CancellationToken.None);
            throw new RouterException(RouterErrorKind.Rejected, $"FRR rejected the configuration: {r.ErrorText}" +
                (u.ExitCode == 0 ? " (changes undone)" : $" (undo failed: {u.ErrorText})"));
        }
        return await WriteMemory(transport, ct);
    }

    public async Task<string> RemoveAsync(RouterTarget router, IRouterTransport transport, string session, ApplyOptions options, CancellationToken ct)
    {
        var ip = SafeText.Ip(session).ToString();
        var running = (await Vtysh(transport, ct, true, "show running-config")).Stdout;
        if (!FrrNeighborConfig.Extract(running).ContainsKey(ip)) return $"{ip}: not configured";
        var r = await Configure(transport, router, [$"no neighbor {ip}"], ct);
        if (r.ExitCode != 0) throw new RouterException(RouterErrorKind.Rejected, $"FRR refused to remove {ip}: {r.ErrorText}");
        return await WriteMemory(transport, ct);
    }

    public async Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct)
    {
        var running = (await Vtysh(transport, ct, true, "show running-config")).Stdout;
        return FrrNeighborConfig.Extract(running).Values.Where(n => IPAddress.TryParse(n.Neighbor, out _))
            .Select(n => new RenderedConfig(n.Neighbor, n.ToText())).OrderBy(c => c.Session, StringComparer.Ordinal).ToList();
    }

    private static Task<CommandResult> Configure(IRouterTransport t, RouterTarget router, IEnumerable<string> lines, CancellationToken ct, bool save = false, string? then = null)
    {
        string[] cmds = ["configure terminal", $"router bgp {SafeText.Asn(router.LocalAsn)}", .. lines, "end", .. save ? new[] { "write memory" } : [], .. then is null ? [] : new[] { then }];
        return t.RunAsync(new RouterCommand(["vtysh", .. cmds.SelectMany(c => new[] { "-c", c })], null, ReadOnly: false), ct);
    }

    private static async Task<string> WriteMemory(IRouterTransport t, CancellationToken ct)
    {
        var r = await Vtysh(t, ct, false, "write memory");
        return r.Stdout.Split('\n').LastOrDefault(l => l.Contains("saved", StringComparison.OrdinalIgnoreCase))?.Trim()
               ?? throw new RouterException(RouterErrorKind.Rejected, $"write memory did not confirm saving: {r.ErrorText}");
    }

    private static async Task<CommandResult> Vtysh(IRouterTransport t, CancellationToken ct, bool readOnly, string command)
    {
        var r = await t.RunAsync(new RouterCommand(["vtysh", "-c", command], null, readOnly), ct);
        return r.ExitCode == 0 ? r : throw new RouterException(RouterErrorKind.Rejected, $"vtysh -c '{command}': {r.ErrorText}");
    }
}
