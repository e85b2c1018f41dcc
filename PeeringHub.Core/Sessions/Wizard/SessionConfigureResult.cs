namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>Outcome of "Configure router now" for one session: applied (and the state seen after), or why not, in the router's words.</summary>
public sealed record SessionConfigureResult(int SessionId, bool Succeeded, string Message);
