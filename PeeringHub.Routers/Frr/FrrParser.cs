using System.Net;
using System.Text.Json;
using PeeringHub.Core.Domain;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Frr;

/// <summary>
/// Parses <c>vtysh -c 'show bgp neighbors json'</c> (FRR 7.x–10.x share these fields) into <see cref="RouterSession"/>s.
/// FRR counts prefixes after inbound policy only (<c>acceptedPrefixCounter</c>), so Received/Filtered stay null.
/// Invalid or truncated JSON raises <see cref="RouterParseException"/> with the line the JSON reader stopped at.
/// </summary>
public static class FrrParser
{
    public static IReadOnlyList<RouterSession> ParseNeighbors(string json, DateTime now)
    {
        using var doc = Load(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
            throw new RouterParseException(1, "expected a JSON object keyed by neighbor", null);
        var list = new List<RouterSession>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Name == "bgpNoSuchNeighbor") continue;
            // interface (unnumbered) neighbors have no address to manage by; skip them
            if (!IPAddress.TryParse(p.Name, out var ip)) continue;
            list.Add(Neighbor(p.Name, ip, p.Value, json, now));
        }
        return list;
    }

    private static JsonDocument Load(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new RouterParseException(line, "invalid JSON (" + e.Message.Split('.')[0] + ")", LineText(json, line));
        }
    }

    private static RouterSession Neighbor(string name, IPAddress ip, JsonElement n, string json, DateTime now)
    {
        if (n.ValueKind != JsonValueKind.Object) throw Error(json, name, "neighbor entry is not an object");
        var remoteAs = Long(n, "remoteAs") ?? throw Error(json, name, "no remoteAs");
        var stateText = Str(n, "bgpState") ?? throw Error(json, name, "no bgpState");
        var admin = Bool(n, "adminShutDown");
        var state = admin ? BgpState.AdminDown : stateText switch
        {
            "Established" => BgpState.Established,
            "Idle" or "Clearing" or "Deleted" => BgpState.Idle,
            "Connect" => BgpState.Connect,
            "Active" => BgpState.Active,
            "OpenSent" => BgpState.OpenSent,
            "OpenConfirm" => BgpState.OpenConfirm,
            _ => throw Error(json, name, $"unknown bgpState '{stateText}'"),
        };
        DateTime? since = null;
        if (state == BgpState.Established && Long(n, "bgpTimerUpEstablishedEpoch") is { } epoch)
            since = DateTime.UnixEpoch.AddSeconds(epoch);
        else if (state == BgpState.Established && Long(n, "bgpTimerUpMsec") is { } up) // FRR 7.x: no epoch field yet
            since = now.AddMilliseconds(-up);
        else if (Long(n, "lastResetTimerMsecs") is { } ago)
            since = now.AddMilliseconds(-ago);
        var families = new List<PrefixCounters>();
        if (n.TryGetProperty("addressFamilyInfo", out var afs) && afs.ValueKind == JsonValueKind.Object)
            foreach (var af in afs.EnumerateObject())
            {
                var fam = af.Name switch { "ipv4Unicast" => "ipv4", "ipv6Unicast" => "ipv6", _ => null };
                if (fam is null) continue;
                families.Add(new PrefixCounters(fam, null, (int?)Long(af.Value, "acceptedPrefixCounter") ?? 0, null));
            }
        string? lastError = null;
        if (state != BgpState.Established)
        {
            var reason = Str(n, "lastNotificationReason");
            var msg = Str(n, "lastShutdownDescription");
            lastError = string.Join("; ", new[] { Str(n, "lastResetDueTo"), reason, msg }.Where(s => !string.IsNullOrEmpty(s)));
            if (lastError.Length == 0) lastError = null;
        }
        var local = Str(n, "hostLocal") is { } hl && IPAddress.TryParse(hl, out var lip) ? lip : null;
        return new RouterSession(name, ip, remoteAs, Long(n, "localAs"), local, Str(n, "nbrDesc"), state, since, admin, lastError, families);
    }

    private static string? Str(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    private static long? Long(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var l) ? l : null;
    private static bool Bool(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.True;

    private static RouterParseException Error(string json, string neighbor, string reason)
    {
        var line = json.Split('\n').ToList().FindIndex(l => l.Contains($"\"{neighbor}\"", StringComparison.Ordinal)) + 1;
        return new RouterParseException(Math.Max(line, 1), $"neighbor {neighbor}: {reason}", line > 0 ? LineText(json, line) : null);
    }

    private static string? LineText(string text, int line) => text.Split('\n').ElementAtOrDefault(line - 1)?.Trim();
}
