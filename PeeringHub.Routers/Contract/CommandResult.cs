namespace PeeringHub.Routers.Contract;

/// <summary>What a command printed and how it exited.</summary>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Stderr if there is any, else stdout: where routers put their error text.</summary>
    public string ErrorText => (string.IsNullOrWhiteSpace(Stderr) ? Stdout : Stderr).Trim();
}
