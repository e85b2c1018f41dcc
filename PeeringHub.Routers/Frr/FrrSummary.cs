using System.Net;
using System.Text.Json;

namespace PeeringHub.Routers.Frr;

/// <summary>
/// Reads the admin state per neighbour from <c>show bgp summary json</c> ("peerState": "Admin" when shut down), which
/// the admin batch appends to its own vtysh call to confirm the result without a second, full neighbour read.
/// </summary>
internal static class FrrSummary
{
    /// <summary>Neighbour (canonical address) → admin-disabled, or null when <paramref name="output"/> holds no readable summary.</summary>
    public static Dictionary<string, bool>? AdminDisabled(string output)
    {
        // vtysh prints "write memory"'s messages first; the JSON starts on the first line that opens an object.
        var start = output.StartsWith('{') ? 0 : output.IndexOf("\n{", StringComparison.Ordinal) is var i and >= 0 ? i + 1 : -1;
        if (start < 0) return null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(output.AsMemory(start));
        }
        catch (JsonException)
        {
            return null; // the caller falls back to the full neighbour read, which reports parse errors with their line
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            var map = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var family in doc.RootElement.EnumerateObject())
            {
                if (family.Value.ValueKind != JsonValueKind.Object || !family.Value.TryGetProperty("peers", out var peers) || peers.ValueKind != JsonValueKind.Object) continue;
                foreach (var peer in peers.EnumerateObject())
                    if (IPAddress.TryParse(peer.Name, out var ip) && peer.Value.ValueKind == JsonValueKind.Object)
                        map[ip.ToString()] = peer.Value.TryGetProperty("peerState", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() == "Admin";
            }
            return map;
        }
    }
}
