using System.Text;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// How one router CLI behaves as a long-lived session on stdin/stdout (no terminal): which gate command opens it, which
/// commands it may answer, how a request is written and how the end of its reply is recognised.
/// </summary>
internal abstract class LiveCliDialect
{
    /// <summary>The gate command that starts the interactive CLI. Example: <c>birdcl -v</c>.</summary>
    public abstract string OpenCommand { get; }

    /// <summary>The CLI line for a read-only <c>show</c> command, or null when it must run as a command of its own.</summary>
    public abstract string? LineFor(RouterCommand command);

    /// <summary>A change this CLI can run over the live channel, or null when it must run as a command of its own.</summary>
    public virtual LiveScript? ScriptFor(RouterCommand command) => null;

    /// <summary>True when a change that failed on the channel may run again as a command of its own: it sets a state rather
    /// than stepping one, so running it twice leaves the router as running it once.</summary>
    public virtual bool ChangesRepeatable => false;

    /// <summary>The result of one step of a <see cref="LiveScript"/>, from the reply <see cref="TryReply"/> found.</summary>
    public virtual CommandResult Interpret(LiveStep step, CommandResult reply) => reply;

    /// <summary>What to write for the request with number <paramref name="seq"/> (0 = the check right after opening).</summary>
    public abstract string Request(string? line, long seq);

    /// <summary>The reply to request <paramref name="seq"/> once <paramref name="output"/> holds all of it, else null.</summary>
    public abstract CommandResult? TryReply(string output, long seq);

    public static LiveCliDialect? For(string platform) => platform switch
    {
        Core.Domain.RouterPlatform.Bird2 => new BirdLiveDialect(),
        Core.Domain.RouterPlatform.Frr => new FrrLiveDialect(),
        _ => null,
    };

    protected static bool IsSafeLine(string s) => !s.Any(char.IsControl);
}

/// <summary>
/// BIRD: <c>birdcl -v</c> (the gate allows it for stdin batches). It echoes each command, prints the reply with BIRD's
/// 4-digit codes (<c>1002-…</c>, continuation lines start with a space) and then its prompt <c>bird&gt; </c>, flushed: the
/// prompt at a line start ends the reply (reply lines always start with a digit or a space). A code of 8000 or more is
/// an error, as birdc's exit code 1 says.
/// </summary>
internal sealed class BirdLiveDialect : LiveCliDialect
{
    private const string Prompt = "bird> ";
    public override string OpenCommand => "birdcl -v";

    public override string? LineFor(RouterCommand c) =>
        c is { ReadOnly: true, Stdin: null or "" } && c.Args.Count >= 2 && c.Args[0] == "birdc" && c.Args[1] == "show" && c.Args.All(IsSafeLine)
            ? string.Join(' ', c.Args.Skip(1)) : null;

    public override string Request(string? line, long seq) => line is null ? "" : line + "\n";

    public override CommandResult? TryReply(string output, long seq)
    {
        if (!(output == Prompt || output.EndsWith("\n" + Prompt, StringComparison.Ordinal))) return null;
        if (seq == 0) return new CommandResult(0, "", ""); // greeting "0001 BIRD x ready." then the prompt
        var lines = output[..^Prompt.Length].Split('\n');
        var text = new StringBuilder();
        var failed = false;
        foreach (var line in lines.Skip(1)) // the first line is birdcl's echo of the command
        {
            if (line.Length >= 5 && char.IsAsciiDigit(line[0]) && char.IsAsciiDigit(line[3]) && line[4] is '-' or ' ')
            {
                failed |= line[0] >= '8';
                text.Append(line.AsSpan(5)).Append('\n');
            }
            else if (line.StartsWith(' ')) text.Append(line.AsSpan(1)).Append('\n');
            else if (line.Length > 0) text.Append(line).Append('\n');
        }
        return new CommandResult(failed ? 1 : 0, text.ToString(), "");
    }
}

/// <summary>
/// FRR: <c>vtysh</c> without <c>-c</c> (the gate's "-c pairs only" rule allows zero pairs) reads commands from stdin and
/// echoes them after its prompt, whose host name we do not know. Each request is followed by the unknown command
/// <c>ph-end-N</c>: vtysh answers <c>% Unknown command: ph-end-N</c>, which marks the end of the reply before it.
/// Changes (admin state, session configuration, <c>write memory</c>) run on it too: starting vtysh costs 40-100 ms (it
/// builds its command tree), more than the change itself.
/// </summary>
internal sealed class FrrLiveDialect : LiveCliDialect
{
    public override string OpenCommand => "vtysh";

    public override string? LineFor(RouterCommand c) =>
        c is { ReadOnly: true, Stdin: null or "" } && c.Args.Count == 3 && c.Args[0] == "vtysh" && c.Args[1] == "-c"
        && c.Args[2].StartsWith("show ", StringComparison.Ordinal) && IsSafeLine(c.Args[2]) ? c.Args[2] : null;

    /// <summary>
    /// <c>vtysh -c configure terminal -c … -c end -c write memory -c show …</c>: the block up to <c>end</c> is one request,
    /// each command after it another. A block without <c>end</c> would leave the shared CLI in configuration mode, and a
    /// second block is not something our drivers send: both run as commands of their own.
    /// </summary>
    public override LiveScript? ScriptFor(RouterCommand c)
    {
        if (c.ReadOnly || c.Stdin is { Length: > 0 } || c.Args.Count < 3 || c.Args.Count % 2 == 0 || c.Args[0] != "vtysh") return null;
        var lines = new List<string>();
        for (var i = 1; i < c.Args.Count; i += 2)
        {
            if (c.Args[i] != "-c" || c.Args[i + 1].Length == 0 || !IsSafeLine(c.Args[i + 1])) return null;
            lines.Add(c.Args[i + 1]);
        }
        var steps = new List<LiveStep>();
        var rest = 0;
        if (lines[0] == ConfigureTerminal)
        {
            var end = lines.IndexOf("end");
            if (end < 0) return null;
            steps.Add(new LiveStep(lines[..(end + 1)], Configuration: true));
            rest = end + 1;
        }
        foreach (var line in lines.Skip(rest))
        {
            if (line == ConfigureTerminal) return null;
            steps.Add(new LiveStep([line], Configuration: false));
        }
        return new LiveScript(steps);
    }

    /// <summary>
    /// A configuration block's reply is vtysh's echo of each line (<c>host(config-router)# neighbor …</c>) with its answers
    /// in between. FRR answers a configuration command only to object, with a line starting with <c>%</c>: any such line
    /// fails the block, as it would have stopped <c>vtysh -c</c>. Each is reported with the command it answered.
    /// </summary>
    public override CommandResult Interpret(LiveStep step, CommandResult reply)
    {
        if (!step.Configuration) return reply;
        var text = new StringBuilder();
        var objections = 0;
        var command = step.Lines[0];
        var next = 1;
        foreach (var line in reply.Stdout.Split('\n'))
        {
            if (next < step.Lines.Count && !line.StartsWith('%') && line.EndsWith("# " + step.Lines[next], StringComparison.Ordinal))
            {
                command = step.Lines[next++];
                continue;
            }
            if (line.Length == 0) continue;
            if (line.StartsWith('%')) objections++;
            text.Append(command).Append(": ").Append(line).Append('\n');
        }
        return new CommandResult(objections > 0 ? 1 : 0, text.ToString(), "");
    }

    public override string Request(string? line, long seq) => (line is null ? "" : line + "\n") + Sentinel(seq) + "\n";

    public override CommandResult? TryReply(string output, long seq)
    {
        var end = output.IndexOf("% Unknown command: " + Sentinel(seq) + "\n", StringComparison.Ordinal);
        if (end < 0) return null;
        if (seq == 0) return new CommandResult(0, "", "");
        var echoEnd = output.IndexOf('\n');
        var promptLine = output.LastIndexOf('\n', Math.Max(0, end - 2)); // the line "host# ph-end-N" before the answer
        var body = echoEnd >= 0 && promptLine > echoEnd ? output[(echoEnd + 1)..(promptLine + 1)] : "";
        return new CommandResult(body.StartsWith("% ", StringComparison.Ordinal) ? 1 : 0, body, "");
    }

    private static string Sentinel(long seq) => $"ph-end-{seq}";
    private const string ConfigureTerminal = "configure terminal";
}
