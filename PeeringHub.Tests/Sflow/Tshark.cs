using System.Diagnostics;

namespace PeeringHub.Tests.Sflow;

/// <summary>Runs Debian's tshark on a pcap and returns the requested fields per frame (all occurrences, comma-joined).</summary>
public static class Tshark
{
    public static List<Dictionary<string, string>> Fields(string pcap, params string[] fields)
    {
        var psi = new ProcessStartInfo("tshark") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-n", "-r", pcap, "-T", "fields", "-E", "separator=\t", "-E", "occurrence=a", "-E", "aggregator=," })
            psi.ArgumentList.Add(a);
        foreach (var f in fields) { psi.ArgumentList.Add("-e"); psi.ArgumentList.Add(f); }
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var lines = new List<Dictionary<string, string>>();
        while (p.StandardOutput.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            lines.Add(fields.Select((f, i) => (f, v: i < parts.Length ? parts[i] : "")).ToDictionary(x => x.f, x => x.v));
        }
        if (!p.WaitForExit(60_000)) { p.Kill(); throw new TimeoutException("tshark did not finish in 60 s"); }
        if (p.ExitCode != 0) throw new InvalidOperationException($"tshark exit {p.ExitCode}: {stderr.Result}");
        return lines;
    }

    public static string[] All(this Dictionary<string, string> row, string field) =>
        row[field].Length == 0 ? [] : row[field].Split(',');
}
