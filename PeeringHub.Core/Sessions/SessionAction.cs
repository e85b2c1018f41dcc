namespace PeeringHub.Core.Sessions;

public enum SessionAction { AdminUp, AdminDown, Delete }

/// <summary>What an action did to one session (or why it did not).</summary>
public sealed record SessionActionOutcome(int SessionId, string Label, string? RouterName, bool Succeeded, string? Error);

/// <summary>Progress of a bulk action: sessions finished so far, and the router that just reported.</summary>
public sealed record SessionActionProgress(int Done, int Total, string? Router);
