namespace PeeringHub.Routers.Gate;

/// <summary>The gate's answer to <c>check</c>: its version and one item per prerequisite, in the gate's order.</summary>
/// <param name="Version">Example: <c>peeringhub-gate 4 bird</c>; null when the router side has no gate that answers <c>check</c>.</param>
/// <param name="Items">Empty when <see cref="Version"/> is null.</param>
/// <param name="Problem">Why no check could be made (old gate, local transport, unreachable); null when it ran.</param>
public sealed record GateCheckResult(string? Version, IReadOnlyList<GateCheckItem> Items, string? Problem = null)
{
    /// <summary>The gate version this app's drivers need (<c>adopt</c>, <c>check</c>, <c>tcp-md5</c>; 3: <c>check-conf</c> on a scratch copy).</summary>
    public const int RequiredVersion = 3;

    public bool AllOk => Problem is null && Items.All(i => i.Ok);

    public IEnumerable<GateCheckItem> Missing => Items.Where(i => !i.Ok);

    /// <summary>Reads "peeringhub-gate N KIND" then "ok|missing NAME: text" lines; anything else is reported, not ignored.</summary>
    public static GateCheckResult Parse(string output)
    {
        var lines = output.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0 || !lines[0].StartsWith("peeringhub-gate ", StringComparison.Ordinal))
            return new(null, [], $"the router's gate did not answer 'check' as expected: {(lines.Length == 0 ? "no output" : lines[0])}");
        var items = new List<GateCheckItem>();
        foreach (var line in lines.Skip(1))
        {
            var space = line.IndexOf(' ');
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var status = space > 0 ? line[..space] : "";
            if (colon < 0 || status is not ("ok" or "missing"))
                return new(lines[0], items, $"unexpected line from the gate: {line}");
            items.Add(new GateCheckItem(line[(space + 1)..colon], status == "ok", line[(colon + 2)..]));
        }
        var version = lines[0].Split(' ') is [_, var v, ..] && int.TryParse(v, out var n) ? n : 0;
        return version >= RequiredVersion ? new(lines[0], items)
            : new(lines[0], items, $"gate version {version} is older than {RequiredVersion}: install router-side/peeringhub-gate from this release");
    }
}
