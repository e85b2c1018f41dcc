namespace PeeringHub.Routers.Contract;

/// <summary>One command as an argument vector (never a shell string). Example: <c>["birdc", "show", "protocols", "all"]</c>.</summary>
/// <param name="Args">Program and arguments; each element is quoted separately by the transport.</param>
/// <param name="Stdin">Text fed to the command's stdin (birdcl batches, put-conf frames).</param>
/// <param name="ReadOnly">True when repeating the command cannot change anything, so it may be retried.</param>
public sealed record RouterCommand(IReadOnlyList<string> Args, string? Stdin = null, bool ReadOnly = true)
{
    public override string ToString() => string.Join(' ', Args);
}
