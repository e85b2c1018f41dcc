using System.Globalization;

namespace PeeringHub.Routers.Contract;

/// <summary>
/// The gate's <c>watch-states SECONDS [OFFSET]</c>: it prints the first line the router logs about a session state change
/// (from OFFSET in its log, or from the end), or nothing after SECONDS, then "@offset N" for the next wait.
/// Each driver names the text that marks such a line on its platform.
/// A gate without the command refuses it, and the router is then polled on the interval only.
/// </summary>
internal static class GateStateWatch
{
    const string OffsetPrefix = "@offset ";

    public static async Task<StateWatch> WaitAsync(IRouterTransport transport, TimeSpan max, long? from, string marker, CancellationToken ct)
    {
        var seconds = Math.Clamp((int)max.TotalSeconds, 1, 60).ToString(CultureInfo.InvariantCulture);
        string[] args = from is >= 0 and var f ? ["watch-states", seconds, f.ToString(CultureInfo.InvariantCulture)] : ["watch-states", seconds];
        var r = await transport.RunAsync(new RouterCommand(args, "", ReadOnly: true), ct);
        if (r.ExitCode != 0) throw new RouterException(RouterErrorKind.Rejected, $"watch-states failed: {r.ErrorText}");
        var hint = r.Stdout.Contains(marker, StringComparison.Ordinal) ? StateChangeHint.Changed : StateChangeHint.Quiet;
        return new StateWatch(hint, Offset(r.Stdout));
    }

    /// <summary>The last "@offset N" line; a gate that does not report one makes every wait start at the log's end.</summary>
    internal static long? Offset(string stdout)
    {
        var at = stdout.LastIndexOf(OffsetPrefix, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && stdout[at - 1] != '\n')) return null;
        var rest = stdout.AsSpan(at + OffsetPrefix.Length);
        var end = rest.IndexOf('\n');
        return long.TryParse(end < 0 ? rest : rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
