namespace PeeringHub.Routers.Transport;

/// <summary>POSIX single-quote quoting for the remote command line that ssh sends as one string. Everything inside
/// single quotes is literal for a shell and for xargs (the lab gate), so <c>$(...)</c>, <c>;</c> and globs stay text.</summary>
internal static class ShellQuote
{
    public static string Quote(string arg)
    {
        if (arg.Contains('\n') || arg.Contains('\r') || arg.Contains('\0'))
            throw new Contract.RouterException(Contract.RouterErrorKind.InvalidInput, "command arguments must not contain newlines or NUL");
        return "'" + arg.Replace("'", "'\\''") + "'";
    }

    public static string Join(IEnumerable<string> args) => string.Join(' ', args.Select(Quote));
}
