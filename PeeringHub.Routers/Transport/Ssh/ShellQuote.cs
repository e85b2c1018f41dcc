namespace PeeringHub.Routers.Transport;

/// <summary>POSIX single-quote quoting for the remote command line that ssh sends as one string. Everything inside
/// single quotes is literal for a shell and for xargs (the lab gate), so <c>$(...)</c>, <c>;</c> and globs stay text.
/// Words made only of letters, digits and <c>_-.:/</c> go bare (as Python's shlex.quote does): a command line without
/// quotes lets the gate split it with a shell builtin instead of forking xargs, on every poll.</summary>
internal static partial class ShellQuote
{
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9_.:/-]+$")]
    private static partial System.Text.RegularExpressions.Regex Bare();

    public static string Quote(string arg)
    {
        if (arg.Contains('\n') || arg.Contains('\r') || arg.Contains('\0'))
            throw new Contract.RouterException(Contract.RouterErrorKind.InvalidInput, "command arguments must not contain newlines or NUL");
        return Bare().IsMatch(arg) ? arg : "'" + arg.Replace("'", "'\\''") + "'";
    }

    public static string Join(IEnumerable<string> args) => string.Join(' ', args.Select(Quote));
}
