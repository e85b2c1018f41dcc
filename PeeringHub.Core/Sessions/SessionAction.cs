namespace PeeringHub.Core.Sessions;

public enum SessionAction { AdminUp, AdminDown, Delete }

/// <summary>What an action did to one session (or why it did not).</summary>
/// <param name="RouterPlatform">The router's platform key, so a result from a demo's simulated router is labelled as such.</param>
public sealed record SessionActionOutcome(int SessionId, string Label, string? RouterName, bool Succeeded, string? Error, string? RouterPlatform = null);

/// <summary>Progress of a bulk action: sessions finished so far, and the router that just reported.</summary>
/// <param name="RouterPlatform">That router's platform key, as in <see cref="SessionActionOutcome"/>.</param>
public sealed record SessionActionProgress(int Done, int Total, string? Router, string? RouterPlatform = null);
