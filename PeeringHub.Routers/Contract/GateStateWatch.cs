using System.Globalization;

namespace PeeringHub.Routers.Contract;

/// <summary>
/// The gate's <c>watch-states SECONDS</c>: it prints the first line the router logs about a session state change, or
/// nothing after SECONDS. Each driver names the text that marks such a line on its platform.
/// A gate without the command refuses it, and the router is then polled on the interval only.
/// </summary>
internal static class GateStateWatch
{
    public static async Task<StateChangeHint> WaitAsync(IRouterTransport transport, TimeSpan max, string marker, CancellationToken ct)
    {
        var seconds = Math.Clamp((int)max.TotalSeconds, 1, 60).ToString(CultureInfo.InvariantCulture);
        var r = await transport.RunAsync(new RouterCommand(["watch-states", seconds], "", ReadOnly: true), ct);
        if (r.ExitCode != 0) throw new RouterException(RouterErrorKind.Rejected, $"watch-states failed: {r.ErrorText}");
        return r.Stdout.Contains(marker, StringComparison.Ordinal) ? StateChangeHint.Changed : StateChangeHint.Quiet;
    }
}
