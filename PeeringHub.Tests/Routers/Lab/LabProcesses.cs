using System.Globalization;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Process lookups by /proc for lab tests: the children of a PID (sshd's channels, our own child processes).</summary>
public static class LabProcesses
{
    /// <summary>(pid, command name) of every process whose parent is <paramref name="parent"/>.</summary>
    public static List<(int Pid, string Comm)> ChildrenOf(int parent)
    {
        var found = new List<(int, string)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; } // exited while we looked
            catch (UnauthorizedAccessException) { continue; }
            // "pid (comm) state ppid ...": comm may contain spaces, so split after the last ')'
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            if (int.Parse(fields[1], CultureInfo.InvariantCulture) == parent) found.Add((pid, stat[(stat.IndexOf('(') + 1)..close]));
        }
        return found;
    }
}
