using PeeringHub.Core.Domain;

namespace PeeringHub.Routers.Configuration;

/// <summary>Outcome of applying a session's configuration, including whether it was rolled back and the state seen after.</summary>
public sealed record ConfigApplyResult(bool Applied, bool RolledBack, BgpState StateAfter, string Message);
