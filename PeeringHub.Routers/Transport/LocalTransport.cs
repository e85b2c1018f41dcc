using System.Text.RegularExpressions;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Settings;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// Runs the router CLI against a control socket on this host (development, the lab) and performs the gate's
/// config-file operations itself, so drivers issue the same commands as over SSH.
/// BIRD: <see cref="RouterTarget.Address"/> is the control socket; session files live in <c>peers.d</c> next to it.
/// FRR: Address is the vty socket directory; vtysh.conf and frr.conf live in its parent.
/// Nothing is run or touched unless <see cref="LocalTransportOptions"/> allows the address: a router stored before the
/// setting existed, or written to the database another way, must not reach any socket or file of this host (finding 7).
/// </summary>
internal sealed partial class LocalTransport(RouterTarget target, RouterOptions options, LocalTransportOptions allowed) : IRouterTransport
{
    [GeneratedRegex("^[A-Za-z0-9_]{1,64}$")]
    private static partial Regex ConfName();

    private string ConfDir => Path.Combine(Path.GetDirectoryName(target.Address) ?? ".", "peers.d");

    public Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
    {
        if (!allowed.Allows(target.Address)) throw new RouterException(RouterErrorKind.InvalidInput, allowed.Refusal);
        var a = command.Args;
        if (a.Count == 0) throw new RouterException(RouterErrorKind.InvalidInput, "empty command");
        var rest = a.Skip(1).ToList();
        return (a[0], target.Platform) switch
        {
            ("birdc", RouterPlatform.Bird2) => ProcessRunner.RunAsync(options.BirdcPath, ["-s", target.Address, .. rest], command.Stdin, ct),
            ("birdc-ro", RouterPlatform.Bird2) => ProcessRunner.RunAsync(options.BirdcPath, ["-r", "-s", target.Address, .. rest], command.Stdin, ct),
            ("birdcl", RouterPlatform.Bird2) => ProcessRunner.RunAsync(options.BirdclPath, [.. rest, "-s", target.Address], command.Stdin, ct),
            ("vtysh", RouterPlatform.Frr) => ProcessRunner.RunAsync(options.VtyshPath,
                ["--vty_socket", target.Address, "--config_dir", Path.GetDirectoryName(target.Address.TrimEnd('/')) ?? ".", .. rest], command.Stdin, ct),
            ("ls-conf", _) => Task.FromResult(Ok(string.Concat(ConfFiles().Select(n => n + "\n")))),
            ("cat-conf", _) => Task.FromResult(Ok(ConfFrames.Format((rest.Count == 0 ? ConfFiles() : rest.Select(Valid))
                .Where(n => File.Exists(FilePath(n))).Select(n => KeyValuePair.Create(n, File.ReadAllText(FilePath(n))))))),
            ("put-conf", _) => Task.FromResult(Put(command.Stdin ?? "")),
            ("check-conf", RouterPlatform.Bird2) => CheckOnScratchCopyAsync(command.Stdin ?? "", ct),
            ("rm-conf", _) => Task.FromResult(Remove(rest)),
            ("admin", RouterPlatform.Bird2) when rest.Count >= 1 && rest[0] is "down" or "up" => AdminAsync(rest[0] == "down", rest.Skip(1), command.Stdin, ct),
            _ => throw new RouterException(RouterErrorKind.Rejected, $"local transport: command not allowed: {a[0]}"),
        };
    }

    private IEnumerable<string> ConfFiles() =>
        Directory.Exists(ConfDir)
            ? Directory.EnumerateFiles(ConfDir, "*.conf").Select(f => Path.GetFileNameWithoutExtension(f)!).Where(n => ConfName().IsMatch(n)).Order(StringComparer.Ordinal)
            : [];

    private CommandResult Put(string stream)
    {
        foreach (var (name, text) in ConfFrames.Parse(stream))
        {
            var tmp = Path.Combine(ConfDir, $".{Valid(name)}.tmp");
            File.WriteAllText(tmp, text);
            File.Move(tmp, FilePath(name), overwrite: true); // rename: BIRD never reads a half-written file
        }
        return Ok("");
    }

    private CommandResult Remove(IEnumerable<string> names)
    {
        foreach (var n in names) File.Delete(FilePath(Valid(n)));
        return Ok("");
    }

    // The lab gate's "admin": persist "  disabled;" in the session files that exist, then apply with one birdcl.
    private async Task<CommandResult> AdminAsync(bool down, IEnumerable<string> names, string? stdin, CancellationToken ct)
    {
        var message = (stdin ?? "").Split('\n')[0];
        if (message.Contains('"') || message.Any(char.IsControl)) throw new RouterException(RouterErrorKind.InvalidInput, "bad shutdown message");
        var reply = new System.Text.StringBuilder();
        var script = new System.Text.StringBuilder();
        foreach (var n in names.Select(Valid))
        {
            var path = FilePath(n);
            var text = File.Exists(path) ? File.ReadAllText(path) : null;
            if (text is null || !text.Contains($"protocol bgp {n} ", StringComparison.Ordinal)) { reply.Append("missing ").Append(n).Append('\n'); continue; }
            File.WriteAllText(path, Bird.BirdRenderer.SetDisabled(n, text, down));
            reply.Append("ok ").Append(n).Append('\n');
            script.Append(down ? "disable " : "enable ").Append(n).Append(down && message.Length > 0 ? $" \"{message}\"" : "").Append('\n');
        }
        if (script.Length == 0) return Ok(reply.ToString());
        var applied = await ProcessRunner.RunAsync(options.BirdclPath, ["-s", target.Address], script.ToString(), ct);
        return applied with { Stdout = reply.Append(Bird.BirdDriver.BirdclMarker).Append(applied.Stdout).ToString() };
    }

    /// <summary>The gate's check-conf: BIRD parses bird.conf (next to the socket) with the given files on a scratch copy of peers.d.</summary>
    private async Task<CommandResult> CheckOnScratchCopyAsync(string stream, CancellationToken ct)
    {
        var mainPath = Path.Combine(Path.GetDirectoryName(target.Address) ?? ".", "bird.conf");
        var main = await File.ReadAllTextAsync(mainPath, ct);
        if (!main.Contains($"\"{ConfDir}/", StringComparison.Ordinal))
            return new CommandResult(2, "", $"gate: {mainPath} does not include {ConfDir}/…; cannot check on a scratch copy");
        var scratch = Directory.CreateTempSubdirectory("peeringhub-check.");
        try
        {
            foreach (var n in ConfFiles()) File.Copy(FilePath(n), Path.Combine(scratch.FullName, n + ".conf"));
            foreach (var (name, text) in ConfFrames.Parse(stream)) await File.WriteAllTextAsync(Path.Combine(scratch.FullName, Valid(name) + ".conf"), text, ct);
            var scratchMain = Path.Combine(scratch.FullName, ".bird.conf");
            await File.WriteAllTextAsync(scratchMain, main.Replace($"\"{ConfDir}/", $"\"{scratch.FullName}/", StringComparison.Ordinal), ct);
            var r = await ProcessRunner.RunAsync(options.BirdPath, ["-p", "-c", scratchMain], null, ct);
            return r.ExitCode == 0 ? Ok("Configuration OK\n")
                : new CommandResult(1, (r.Stdout + r.Stderr).Replace(scratchMain, mainPath).Replace(scratch.FullName + "/", ConfDir + "/"), "");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private string FilePath(string name) => Path.Combine(ConfDir, name + ".conf");

    private static string Valid(string name) =>
        ConfName().IsMatch(name) ? name : throw new RouterException(RouterErrorKind.InvalidInput, $"bad config name '{name}'");

    private static CommandResult Ok(string stdout) => new(0, stdout, "");
}
