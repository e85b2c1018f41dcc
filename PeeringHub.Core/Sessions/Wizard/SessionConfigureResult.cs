namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>Outcome of "Configure router now" for one session: which stage (render, check, apply, poll) failed and the router's reason.</summary>
public sealed record SessionConfigureResult(int SessionId, bool Succeeded, string Stage, string? Message);
