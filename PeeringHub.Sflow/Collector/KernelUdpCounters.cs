namespace PeeringHub.Sflow.Collector;

/// <summary>
/// The kernel's UDP receive-drop counters (host-wide, all sockets): <c>Udp: RcvbufErrors</c> from /proc/net/snmp and
/// <c>Udp6RcvbufErrors</c> from /proc/net/snmp6. Null where the file or field is not available.
/// </summary>
public static class KernelUdpCounters
{
    public static long? ReadIpv4RcvbufErrors(string path = "/proc/net/snmp")
    {
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path).Where(l => l.StartsWith("Udp: ", StringComparison.Ordinal)).ToArray();
        if (lines.Length < 2) return null;
        var names = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = Array.IndexOf(names, "RcvbufErrors");
        return i > 0 && i < values.Length && long.TryParse(values[i], out var v) ? v : null;
    }

    public static long? ReadIpv6RcvbufErrors(string path = "/proc/net/snmp6")
    {
        if (!File.Exists(path)) return null;
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && parts[0] == "Udp6RcvbufErrors" && long.TryParse(parts[1], out var v)) return v;
        }
        return null;
    }
}
