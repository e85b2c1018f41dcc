using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// BIRD admin batches on the gate's <c>serve</c> channel (gate 5 and later): one kept process instead of an sshd session,
/// a shell and the gate's start per batch. A request is <c>SEQ admin down|up NAME…</c> and the shutdown message line; the
/// gate runs it exactly as the <c>admin</c> command and answers with its stdout, the line <c>%%%!</c>, its stderr, and
/// <c>%%%. SEQ EXIT</c>. Only admin batches travel here; an older gate refuses <c>serve</c> and they run as commands.
/// </summary>
internal sealed class GateServeDialect : LiveCliDialect
{
    private const string StderrLine = "\n%%%!\n";

    public override string OpenCommand => "serve";

    public override string? LineFor(RouterCommand command) => null;

    /// <summary>An admin batch persists and applies a state (BIRD answers "already disabled" to a second disable): when the
    /// channel died under it (the gate's process killed, the connection dropped), the batch runs again as a command.</summary>
    public override bool ChangesRepeatable => true;

    /// <summary><c>admin down|up NAME…</c> with at most a one-line message on stdin; anything else (or a name the gate would
    /// refuse) runs as a command of its own, where the gate answers it as always.</summary>
    public override LiveScript? ScriptFor(RouterCommand c)
    {
        if (c.ReadOnly || c.Args.Count < 3 || c.Args[0] != "admin" || c.Args[1] is not ("down" or "up")) return null;
        if (!c.Args.Skip(2).All(Core.Domain.ConfigIdentifier.IsValid)) return null;
        var message = c.Stdin ?? "";
        if (message.EndsWith('\n')) message = message[..^1];
        if (!IsSafeLine(message)) return null;
        return new LiveScript([new LiveStep([string.Join(' ', c.Args), message], Configuration: false)]);
    }

    public override string Request(string? line, long seq) => line is null ? "" : $"{seq} {line}\n";

    public override CommandResult? TryReply(string output, long seq)
    {
        var marker = $"%%%. {seq} ";
        int at;
        if (output.StartsWith(marker, StringComparison.Ordinal)) at = 0;
        else if (output.IndexOf("\n" + marker, StringComparison.Ordinal) is var newline and >= 0) at = newline + 1;
        else return null;
        var end = output.IndexOf('\n', at);
        if (end < 0) return null;
        if (!int.TryParse(output.AsSpan(at + marker.Length, end - at - marker.Length), out var exit))
            throw new RouterParseException(0, "unexpected reply from the gate's serve", output[at..end]);
        if (seq == 0) return new CommandResult(0, "", "");
        var body = output[..at];
        var split = body.LastIndexOf(StderrLine, StringComparison.Ordinal);
        if (split < 0) throw new RouterParseException(0, "reply from the gate's serve without its stderr line", body);
        return new CommandResult(exit, body[..split], body[(split + StderrLine.Length)..]);
    }
}
