using System.Diagnostics;
using System.Globalization;

namespace PeeringHub.Bench.Sflow;

/// <summary>Runs a command under /usr/bin/time and reports wall and CPU seconds (user+sys), so external decoders compare fairly.</summary>
internal static class ExternalTool
{
    public sealed record Timing(double WallSeconds, double CpuSeconds, int ExitCode, string StdoutTail);

    public static Timing Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-f");
        psi.ArgumentList.Add("TIMING %e %U %S");
        psi.ArgumentList.Add(file);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var line = stderr.Split('\n').Last(l => l.StartsWith("TIMING ", StringComparison.Ordinal)).Split(' ');
        double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        var tail = stdout.Result.Length > 300 ? stdout.Result[^300..] : stdout.Result;
        return new Timing(D(line[1]), D(line[2]) + D(line[3]), p.ExitCode, tail);
    }
}
