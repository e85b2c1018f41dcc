namespace PeeringHub.Core.Domain;

/// <summary>RFC 4271 finite-state-machine states, plus what a router reports outside the FSM.</summary>
public enum BgpState
{
    /// <summary>Not polled yet, or the router could not be read.</summary>
    Unknown = 0,
    Idle = 1,
    Connect = 2,
    Active = 3,
    OpenSent = 4,
    OpenConfirm = 5,
    Established = 6,
    /// <summary>Protocol down without an administrative reason (e.g. BIRD "down").</summary>
    Down = 7,
    AdminDown = 8,
}
