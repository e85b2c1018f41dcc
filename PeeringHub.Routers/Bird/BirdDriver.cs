using System.Globalization;
using System.Text;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Routers.Bird;

/// <summary>
/// BIRD 2 over <c>birdc</c>/<c>birdcl</c> and the gate's config-file operations (one include file per session).
/// Changes follow BIRD's safe path: write file → <c>configure check</c> → <c>configure timeout N</c> → verify →
/// <c>configure confirm</c>; a rejected file is put back as it was, so the running config never sees it.
/// </summary>
public sealed class BirdDriver : IRouterDriver
{
    public string Platform => RouterPlatform.Bird2;

    public async Task<IReadOnlyList<RouterSession>> ListSessionsAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct)
    {
        var r = await Birdc(transport, ct, readOnly: true, "show", "protocols", "all");
        return BirdParser.ParseProtocolsAll(r.Stdout, DateTime.UtcNow);
    }

    public async Task<IReadOnlyList<SessionActionResult>> SetAdminStateAsync(RouterTarget router, IRouterTransport transport, AdminStateRequest request, CancellationToken ct)
    {
        var down = request.Target == AdminState.Down;
        var names = request.Sessions.Select(SafeText.Name).Distinct(StringComparer.Ordinal).ToList();
        var message = down && !string.IsNullOrWhiteSpace(request.ShutdownMessage) ? SafeText.ShutdownMessage(request.ShutdownMessage) : null;
        var results = new Dictionary<string, SessionActionResult>(StringComparer.Ordinal);

        // One call per batch: the gate persists the state in the session files (a later "configure" would otherwise undo a CLI
        // disable) and applies it to the same sessions with one birdcl; the message travels on stdin, never in the command line.
        // No message is an empty line, not empty stdin: SSH.NET sends EOF only after some data, and the gate reads one line.
        var r = await transport.RunAsync(new RouterCommand(["admin", down ? "down" : "up", .. names], (message ?? "") + "\n", ReadOnly: false), ct);
        var split = r.Stdout.IndexOf(BirdclMarker, StringComparison.Ordinal);
        var persisted = split < 0 ? r.Stdout : r.Stdout[..split];
        var edited = new List<string>();
        var replyLines = persisted.Split('\n');
        for (var i = 0; i < replyLines.Length; i++)
        {
            var line = replyLines[i].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', 2);
            if (parts.Length != 2 || !names.Contains(parts[1])) throw new RouterParseException(i + 1, "unexpected admin reply", line);
            if (parts[0] == "ok") edited.Add(parts[1]);
            else results[parts[1]] = new(parts[1], false, $"{parts[1]}: not in PeeringHub's include folder on the router (a protocol PeeringHub did not write or import): import it on the router page first");
        }
        // the gate names its own failures ("gate: …"); anything else after the marker is birdcl's
        if (r.ExitCode != 0) throw new RouterException(RouterErrorKind.Rejected, $"{(split < 0 || r.Stderr.Contains("gate: ", StringComparison.Ordinal) ? "admin" : "birdcl")} failed: {r.ErrorText}");
        if (edited.Count == 0) return names.Select(n => results.GetValueOrDefault(n) ?? new(n, false, "no reply from the gate")).ToList();

        var replies = BirdReplies.ByProtocol(split < 0 ? "" : r.Stdout[(split + BirdclMarker.Length)..]);
        foreach (var n in edited)
        {
            var reply = replies.GetValueOrDefault(n);
            var ok = reply is not null && (reply.EndsWith(down ? "disabled" : "enabled", StringComparison.Ordinal));
            results[n] = new(n, ok, reply ?? "no reply from BIRD");
        }
        return names.Select(n => results.GetValueOrDefault(n) ?? new(n, false, "no reply from the gate")).ToList();
    }

    /// <summary>BIRD logs "p001_v4: State changed to down" when the templates carry <c>debug { states };</c>.</summary>
    public Task<StateWatch> WaitForStateChangeAsync(RouterTarget router, IRouterTransport transport, TimeSpan max, long? from, CancellationToken ct) =>
        GateStateWatch.WaitAsync(transport, max, from, "State changed", ct);

    /// <summary>The gate's <c>admin</c> reply: "ok/missing NAME" lines, this line, then birdcl's output.</summary>
    internal const string BirdclMarker = "%%% birdcl\n";

    public RenderedConfig Render(RouterTarget router, SessionConfig session) => BirdRenderer.Render(session);

    /// <summary>
    /// The gate's <c>adopt</c>: moves each protocol's block unchanged from the router's own files into the include folder
    /// (<c>configure check</c> before, everything put back if BIRD refuses, then <c>configure</c>; BIRD keeps a protocol whose
    /// configuration did not change running). Afterwards the protocol is one file like ours, so admin state and Configure work.
    /// </summary>
    public async Task<IReadOnlyList<SessionActionResult>> AdoptAsync(RouterTarget router, IRouterTransport transport, IReadOnlyList<string> sessions, CancellationToken ct)
    {
        var names = sessions.Select(SafeText.Name).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return [];
        var r = await transport.RunAsync(new RouterCommand(["adopt", .. names], "", ReadOnly: false), ct);
        var split = r.Stdout.IndexOf("%%% birdc\n", StringComparison.Ordinal);
        var replies = new Dictionary<string, SessionActionResult>(StringComparer.Ordinal);
        foreach (var line in (split < 0 ? r.Stdout : r.Stdout[..split]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', 3);
            var name = parts.Length >= 2 ? parts[1].TrimEnd(':') : "";
            if (!names.Contains(name)) throw new RouterParseException(0, "unexpected adopt reply", line);
            replies[name] = parts[0] switch
            {
                "adopted" => new(name, true, $"{name}: moved unchanged into PeeringHub's include folder ({line[(parts[0].Length + 1)..]})"),
                "present" => new(name, true, $"{name}: already in PeeringHub's include folder"),
                "missing" => new(name, false, $"{name}: no 'protocol bgp {name}' found in the router's configuration files"),
                _ => new(name, false, line[(parts[0].Length + 1)..]),
            };
        }
        if (r.ExitCode != 0)
        {
            var why = Strip(split < 0 ? r.ErrorText : r.Stdout[(split + 10)..] + " " + r.Stderr).Trim();
            if (r.ErrorText.Contains("command not allowed", StringComparison.Ordinal))
                why = "the router's gate has no 'adopt' (install router-side/peeringhub-gate version 2 or later)";
            return names.Select(n => replies.TryGetValue(n, out var x) && !x.Succeeded ? x : new SessionActionResult(n, false, $"{n}: not imported, the router's configuration is unchanged: {why}")).ToList();
        }
        return names.Select(n => replies.GetValueOrDefault(n) ?? new SessionActionResult(n, false, $"{n}: no reply from the gate")).ToList();
    }

    /// <summary>
    /// Checked on every check and apply: the rendered block must not give a neighbor address a second protocol (as Configure
    /// on an imported session once did by rendering ph_ID next to the router's own protocol).
    /// </summary>
    private static async Task EnsureNoSecondProtocolAsync(IRouterTransport transport, RenderedConfig config, CancellationToken ct)
    {
        var ips = BirdNeighbors.In(config.Text);
        if (ips.Count == 0) return;
        var running = BirdParser.ParseProtocolsAll((await Birdc(transport, ct, readOnly: true, "show", "protocols", "all")).Stdout, DateTime.UtcNow);
        var clash = running.FirstOrDefault(p => p.Name != config.Session && ips.Contains(p.NeighborIp.ToString()));
        if (clash is not null)
            throw new RouterException(RouterErrorKind.InvalidInput,
                $"{config.Session} would be a second protocol for neighbor {clash.NeighborIp}, which protocol {clash.Name} already has; nothing was changed (import {clash.Name} instead)");
    }

    public async Task<string> CheckAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, CancellationToken ct)
    {
        var name = SafeText.Name(config.Session);
        // Refused before anything reaches the router: a framing line would start another session's file.
        if (ConfigText.Refusal(config.Text) is { } why) throw new RouterException(RouterErrorKind.InvalidInput, $"{name}: {why}");
        await EnsureNoSecondProtocolAsync(transport, config, ct);
        return await ScratchCheck(transport, name, config.Text, ct);
    }

    public async Task<string> ApplyAsync(RouterTarget router, IRouterTransport transport, RenderedConfig config, ApplyOptions options, CancellationToken ct)
    {
        var name = SafeText.Name(config.Session);
        // Refused before anything reaches the router: a framing line would start another session's file.
        if (ConfigText.Refusal(config.Text) is { } why) throw new RouterException(RouterErrorKind.InvalidInput, $"{name}: {why}");
        await EnsureNoSecondProtocolAsync(transport, config, ct);
        // Checked on a scratch copy first: a text BIRD refuses never sits in the live folder, even for a moment.
        var check = await ScratchCheck(transport, name, config.Text, ct);
        var old = await ReadFile(transport, name, ct);
        try { await PutFile(transport, name, config.Text, ct); }
        catch (RouterException) { await Restore(transport, name, old, CancellationToken.None); throw; }
        var log = new StringBuilder(check).Append('\n');
        log.Append(await ConfigureWithTimeout(transport, options, ct)).Append('\n');
        var show = await Birdc(transport, ct, readOnly: true, allowFailure: true, "show", "protocols", name);
        if (!show.Stdout.Split('\n').Any(l => l.StartsWith(name + " ", StringComparison.Ordinal)))
        {
            // leave the change unconfirmed: BIRD undoes it when the timeout expires; the file goes back now
            await Restore(transport, name, old, CancellationToken.None);
            throw new RouterException(RouterErrorKind.VerificationFailed,
                $"{name} is not running after configure; BIRD rolls back in {options.RevertAfter.TotalSeconds:0} s. {show.ErrorText}");
        }
        if (!options.Confirm)
        {
            // a trial: the running config reverts by itself; the file goes back now so no later configure revives it
            await Restore(transport, name, old, ct);
            return log.Append("not confirmed; BIRD reverts when the timeout expires").ToString();
        }
        return log.Append((await Birdc(transport, ct, readOnly: false, "configure", "confirm")).Stdout.Trim()).ToString();
    }

    public async Task<string> RemoveAsync(RouterTarget router, IRouterTransport transport, string session, ApplyOptions options, CancellationToken ct)
    {
        var name = SafeText.Name(session);
        var old = await ReadFile(transport, name, ct);
        if (old is null) return $"{name}: not configured";
        await Gate(transport, ct, readOnly: false, null, ["rm-conf", name]);
        string check;
        try { check = await ConfigureCheck(transport, ct); }
        catch (RouterException) { await Restore(transport, name, old, CancellationToken.None); throw; }
        var log = new StringBuilder(check).Append('\n').Append(await ConfigureWithTimeout(transport, options, ct)).Append('\n');
        return log.Append((await Birdc(transport, ct, readOnly: false, "configure", "confirm")).Stdout.Trim()).ToString();
    }

    public async Task<IReadOnlyList<RenderedConfig>> ReadRunningConfigAsync(RouterTarget router, IRouterTransport transport, CancellationToken ct)
    {
        var r = await Gate(transport, ct, readOnly: true, null, ["cat-conf"]);
        return ConfFrames.Parse(r.Stdout).Select(kv => new RenderedConfig(kv.Key, kv.Value)).OrderBy(c => c.Session, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// BIRD parses its whole configuration with <paramref name="text"/> as the session's file, on a scratch copy the gate
    /// makes (<c>check-conf</c>): the live include folder is never written, so a configure running meanwhile (another
    /// operator's apply, an admin action) can never pick up text that was only being checked.
    /// </summary>
    private static async Task<string> ScratchCheck(IRouterTransport t, string name, string text, CancellationToken ct)
    {
        var r = await t.RunAsync(new RouterCommand(["check-conf"], ConfFrames.Format([KeyValuePair.Create(name, text)]), ReadOnly: true), ct);
        if (r.ExitCode == 0 && r.Stdout.Contains("Configuration OK", StringComparison.Ordinal)) return "Configuration OK (checked on a scratch copy)";
        if (r.ExitCode == 1) throw new RouterException(RouterErrorKind.Rejected, $"BIRD rejected the configuration: {r.Stdout.Trim()}");
        throw new RouterException(RouterErrorKind.Rejected, $"check-conf failed: {(r.ErrorText.Contains("not allowed", StringComparison.Ordinal)
            ? "the router's gate is older than version 3: install router-side/peeringhub-gate from this release" : r.ErrorText.Trim())}");
    }

    private static async Task<string> ConfigureCheck(IRouterTransport t, CancellationToken ct)
    {
        var r = await Birdc(t, ct, readOnly: true, allowFailure: true, "configure", "check");
        if (r.ExitCode != 0 || !r.Stdout.Contains("Configuration OK", StringComparison.Ordinal))
            throw new RouterException(RouterErrorKind.Rejected, $"BIRD rejected the configuration: {Strip(r.ErrorText)}");
        return Strip(r.Stdout);
    }

    private static async Task<string> ConfigureWithTimeout(IRouterTransport t, ApplyOptions o, CancellationToken ct)
    {
        var secs = Math.Clamp((int)o.RevertAfter.TotalSeconds, 1, 3600).ToString(CultureInfo.InvariantCulture);
        var r = await Birdc(t, ct, readOnly: false, allowFailure: true, "configure", "timeout", secs);
        if (r.ExitCode != 0 || !(r.Stdout.Contains("Reconfigur", StringComparison.Ordinal)))
            throw new RouterException(RouterErrorKind.Rejected, $"BIRD configure failed: {Strip(r.ErrorText)}");
        return Strip(r.Stdout);
    }

    private static async Task<string?> ReadFile(IRouterTransport t, string name, CancellationToken ct) =>
        ConfFrames.Parse((await Gate(t, ct, readOnly: true, null, ["cat-conf", name])).Stdout).GetValueOrDefault(name);

    /// <summary>
    /// Writes one session file and proves that exactly that file changed: the text may not carry the gate's framing (it
    /// would start another session's file), and every file is compared before and after. Other files that changed are
    /// named in the error, not put back: an admin up/down running at the same time edits files too, and undoing it would
    /// be worse than reporting it.
    /// </summary>
    private static async Task PutFile(IRouterTransport t, string name, string text, CancellationToken ct)
    {
        if (ConfigText.Refusal(text) is { } why) throw new RouterException(RouterErrorKind.InvalidInput, $"{name}: {why}");
        var before = await ReadAll(t, ct);
        await Gate(t, ct, readOnly: false, ConfFrames.Format([KeyValuePair.Create(name, text)]), ["put-conf"]);
        var after = await ReadAll(t, ct);
        var strays = after.Keys.Union(before.Keys).Where(n => n != name && before.GetValueOrDefault(n) != after.GetValueOrDefault(n)).ToList();
        if (strays.Count > 0)
            throw new RouterException(RouterErrorKind.VerificationFailed, $"writing {name} also changed {string.Join(", ", strays)} on the router; check those files");
        if (after.GetValueOrDefault(name) != text.TrimEnd('\n') + "\n")
            throw new RouterException(RouterErrorKind.VerificationFailed, $"{name} on the router is not the text that was written");
    }

    private static async Task<Dictionary<string, string>> ReadAll(IRouterTransport t, CancellationToken ct) =>
        ConfFrames.Parse((await Gate(t, ct, readOnly: true, null, ["cat-conf"])).Stdout);

    private static Task Restore(IRouterTransport t, string name, string? old, CancellationToken ct) =>
        old is null ? Gate(t, ct, readOnly: false, null, ["rm-conf", name]) : PutFile(t, name, old, ct);

    private static Task<CommandResult> Birdc(IRouterTransport t, CancellationToken ct, bool readOnly, params string[] args) =>
        Birdc(t, ct, readOnly, false, args);

    private static async Task<CommandResult> Birdc(IRouterTransport t, CancellationToken ct, bool readOnly, bool allowFailure, params string[] args)
    {
        var r = await t.RunAsync(new RouterCommand(["birdc", .. args], null, readOnly), ct);
        if (r.ExitCode != 0 && !allowFailure)
            throw new RouterException(r.ErrorText.Contains("Unable to connect", StringComparison.Ordinal) ? RouterErrorKind.Unreachable : RouterErrorKind.Rejected,
                $"birdc {string.Join(' ', args)}: {Strip(r.ErrorText)}");
        return r;
    }

    private static async Task<CommandResult> Gate(IRouterTransport t, CancellationToken ct, bool readOnly, string? stdin, string[] args)
    {
        var r = await t.RunAsync(new RouterCommand(args, stdin, readOnly), ct);
        return r.ExitCode == 0 ? r : throw new RouterException(RouterErrorKind.Rejected, $"{args[0]} failed: {r.ErrorText}");
    }

    // drop birdc's greeting so the operator sees BIRD's answer only
    private static string Strip(string s) => string.Join('\n', s.Split('\n').Where(l => !(l.StartsWith("BIRD ", StringComparison.Ordinal) && l.TrimEnd().EndsWith("ready.", StringComparison.Ordinal)))).Trim();
}
