using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Bird;

/// <summary>
/// Parses <c>birdc show protocols all</c> (BIRD 2.x; 1.6 reads the same for BGP) into <see cref="RouterSession"/>s.
/// A block starts at an unindented line <c>name proto table state since [info]</c>; indented lines belong to it.
/// Anything that does not fit raises <see cref="RouterParseException"/> naming the line, never an index error.
/// </summary>
public static partial class BirdParser
{
    [GeneratedRegex(@"^(\d+) imported(?:, (\d+) filtered)?, (\d+) exported")]
    private static partial Regex RoutesLine();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateToken();

    [GeneratedRegex(@"^\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$")]
    private static partial Regex TimeToken();

    private static readonly string[] BgpStates = ["Idle", "Connect", "Active", "OpenSent", "OpenConfirm", "Established", "Close", "Down"];

    /// <param name="output">The command's stdout.</param>
    /// <param name="now">Poll time (UTC); resolves BIRD's short time-only format to a date.</param>
    public static IReadOnlyList<RouterSession> ParseProtocolsAll(string output, DateTime now)
    {
        var sessions = new List<RouterSession>();
        BirdBlock? cur = null;
        var lines = output.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var n = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (!char.IsWhiteSpace(line[0]))
            {
                if (line.StartsWith("BIRD ", StringComparison.Ordinal) && line.EndsWith("ready.", StringComparison.Ordinal)) continue;
                if (line.StartsWith("Name ", StringComparison.Ordinal) && line.Contains("Proto", StringComparison.Ordinal)) continue;
                if (cur is { IsBgp: true }) sessions.Add(cur.Build());
                cur = Header(line, n, now);
                continue;
            }
            if (cur is null) throw new RouterParseException(n, "detail line before any protocol line", line);
            if (cur.IsBgp) Detail(cur, line.Trim(), n, line);
        }
        if (cur is { IsBgp: true }) sessions.Add(cur.Build());
        return sessions;
    }

    private static BirdBlock Header(string line, int n, DateTime now)
    {
        var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (t.Length < 4) throw new RouterParseException(n, "protocol line has fewer than 4 columns", line);
        var block = new BirdBlock(t[0], t[1] == "BGP", n) { ProtoState = t[3] };
        var k = 4;
        if (k < t.Length && DateToken().IsMatch(t[k]))
        {
            var dt = k + 1 < t.Length && TimeToken().IsMatch(t[k + 1]) ? $"{t[k]} {t[k + 1]}" : t[k];
            block.Since = ParseTime(dt, n, line);
            k += dt.Contains(' ') ? 2 : 1;
        }
        else if (k < t.Length && TimeToken().IsMatch(t[k]))
        {
            // short format: today, or yesterday if that time has not come yet (set "timeformat protocol iso long" to avoid)
            var tod = ParseTime($"{now:yyyy-MM-dd} {t[k]}", n, line);
            block.Since = tod > now ? tod.AddDays(-1) : tod;
            k++;
        }
        if (k < t.Length)
        {
            if (BgpStates.Contains(t[k])) { block.InfoState = t[k]; k++; }
            var info = string.Join(' ', t.Skip(k));
            if (info.Length > 0) block.InfoError = info;
        }
        return block;
    }

    private static DateTime ParseTime(string s, int n, string line)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];
        return DateTime.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d)
            ? d : throw new RouterParseException(n, $"bad time '{s}'", line);
    }

    private static void Detail(BirdBlock b, string s, int n, string line)
    {
        var colon = s.IndexOf(':');
        var key = colon > 0 ? s[..colon] : s;
        var val = colon > 0 ? s[(colon + 1)..].Trim() : "";
        switch (key)
        {
            case "Description": b.Description = val; break;
            case "BGP state":
                if (!BgpStates.Contains(val)) throw new RouterParseException(n, $"unknown BGP state '{val}'", line);
                b.BgpState = val; break;
            case "Neighbor address":
                // BIRD may print "fe80::1%eth0"; the scope is not part of the neighbor's identity
                var ipText = val.Split('%')[0];
                b.Neighbor = IPAddress.TryParse(ipText, out var ip) ? ip : throw new RouterParseException(n, $"bad neighbor address '{val}'", line);
                break;
            case "Neighbor AS": b.NeighborAs = Number(val, n, line); break;
            case "Local AS": b.LocalAs = Number(val, n, line); break;
            case "Source address": b.Source = IPAddress.TryParse(val, out var src) ? src : throw new RouterParseException(n, $"bad source address '{val}'", line); break;
            case "Last error": b.LastError = val; break;
            case "Message": b.Message = val; break;
            case "Channel ipv4" or "Channel ipv6": b.Channel = key["Channel ".Length..]; break;
            case "Routes":
                var m = RoutesLine().Match(val);
                if (!m.Success) throw new RouterParseException(n, "route counters not understood", line);
                var imported = (int)Number(m.Groups[1].Value, n, line);
                var filtered = m.Groups[2].Success ? (int)Number(m.Groups[2].Value, n, line) : 0;
                // BIRD 1.6 has no channels: the family is the neighbor's, known once the block is complete
                b.Families.Add(new PrefixCounters(b.Channel ?? "", imported + filtered, imported, filtered));
                break;
        }
    }

    private static long Number(string s, int n, string line) =>
        long.TryParse(s.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v
            : throw new RouterParseException(n, $"'{s}' is not a number", line);

    /// <summary>Maps BIRD's protocol/BGP states: a BGP protocol is only "down" when disabled (by config, CLI or a limit
    /// action, which names itself in the info column), so "down" without info is admin-down.</summary>
    internal static (BgpState State, bool AdminDisabled) MapState(string protoState, string? bgpState, string? infoState, string? infoError)
    {
        if (protoState == "down")
            return infoError is null ? (BgpState.AdminDown, true) : (BgpState.Down, false);
        return (bgpState ?? infoState) switch
        {
            "Established" => (BgpState.Established, false),
            "Idle" or "Close" => (BgpState.Idle, false),
            "Connect" => (BgpState.Connect, false),
            "Active" => (BgpState.Active, false),
            "OpenSent" => (BgpState.OpenSent, false),
            "OpenConfirm" => (BgpState.OpenConfirm, false),
            "Down" => (BgpState.Down, false),
            _ => (protoState == "up" ? BgpState.Established : BgpState.Unknown, false),
        };
    }
}
