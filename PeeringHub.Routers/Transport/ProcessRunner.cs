using System.Diagnostics;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Transport;

/// <summary>Runs a program with an argument vector (never through a shell), feeds stdin, collects output and kills
/// the process when the token is cancelled, so a hung router never leaves a hung client behind.</summary>
internal static class ProcessRunner
{
    public static async Task<CommandResult> RunAsync(string file, IEnumerable<string> args, string? stdin, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = new Process { StartInfo = psi };
        p.Start();
        var stdout = p.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = p.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            if (stdin is not null) await p.StandardInput.WriteAsync(stdin.AsMemory(), ct);
            p.StandardInput.Close();
            await p.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // Only this process (a local router CLI); it has no children of its own.
            if (!p.HasExited) p.Kill(entireProcessTree: false);
            throw;
        }
        catch (IOException) when (p.HasExited)
        {
            // The command exited before reading all of stdin (e.g. refused by the gate); its exit code tells why.
            await p.WaitForExitAsync(CancellationToken.None);
        }
        return new CommandResult(p.ExitCode, await stdout, await stderr);
    }
}
