using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Transport;

namespace PeeringHub.Tests.Security;

/// <summary>
/// The lab gate's config-file operations (cat-conf, put-conf, rm-conf) over an in-memory folder, with the same framing
/// rule as the shipped gate: every "%%% NAME" line of put-conf's stdin starts a file. check-conf (BIRD's parse on a scratch
/// copy) and birdc "configure check" answer OK unless <see cref="CheckFails"/>; check-conf records what it was given.
/// <see cref="AlsoWrite"/> makes a put change one more file, as a gate with a different framing would.
/// </summary>
public sealed class InMemoryBirdGate : IRouterTransport
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);
    public List<RouterCommand> Commands { get; } = [];
    public (string Name, string Text)? AlsoWrite { get; set; }
    /// <summary>birdc "configure check" fails as BIRD does for a syntax error.</summary>
    public bool CheckFails { get; set; }
    /// <summary>The scratch copies check-conf parsed: the live files with the given ones in place.</summary>
    public List<Dictionary<string, string>> ScratchChecks { get; } = [];

    public Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
    {
        Commands.Add(command);
        var args = command.Args;
        switch (args[0])
        {
            case "cat-conf":
                var names = args.Count > 1 ? args.Skip(1) : Files.Keys.Order(StringComparer.Ordinal);
                return Ok(string.Concat(names.Where(Files.ContainsKey).Select(n => $"%%% {n}\n{Files[n]}")));
            case "put-conf":
                foreach (var (name, text) in ConfFrames.Parse(command.Stdin!)) Files[name] = text;
                if (AlsoWrite is { } extra) Files[extra.Name] = extra.Text;
                return Ok("");
            case "check-conf":
                var copy = new Dictionary<string, string>(Files, StringComparer.Ordinal);
                foreach (var (name, text) in ConfFrames.Parse(command.Stdin!)) copy[name] = text;
                ScratchChecks.Add(copy);
                return Task.FromResult(CheckFails
                    ? new CommandResult(1, "bird: /etc/bird/peers/ph.conf:3:3 syntax error, unexpected CF_SYM_UNDEFINED\n", "")
                    : new CommandResult(0, "Configuration OK\n", ""));
            case "rm-conf":
                foreach (var n in args.Skip(1)) Files.Remove(n);
                return Ok("");
            case "birdc" when args is [_, "show", "protocols", "all"]:
                // A router without other protocols: the second-protocol guard reads this before every check and apply.
                return Ok("BIRD 2.0.12 ready.\nName       Proto      Table      State  Since         Info\n");
            case "birdc" when args is [_, "configure", "check"] && CheckFails:
                return Task.FromResult(new CommandResult(1, "BIRD 2.0.12 ready.\nReading configuration from /etc/bird.conf\n", "/etc/bird/peers/ph.conf:3:3 syntax error, unexpected CF_SYM_UNDEFINED"));
            case "birdc" when args is [_, "configure", "check"]:
                return Ok("BIRD 2.0.12 ready.\nReading configuration from /etc/bird.conf\nConfiguration OK\n");
            default:
                return Task.FromResult(new CommandResult(2, "", $"gate: command not allowed: {args[0]}"));
        }
    }

    static Task<CommandResult> Ok(string stdout) => Task.FromResult(new CommandResult(0, stdout, ""));
}
