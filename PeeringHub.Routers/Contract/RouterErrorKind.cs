namespace PeeringHub.Routers.Contract;

/// <summary>Why a router call failed; lets callers show a precise reason and decide what to retry.</summary>
public enum RouterErrorKind
{
    None = 0,
    /// <summary>TCP connection refused, host unreachable, DNS failure.</summary>
    Unreachable,
    /// <summary>The call did not finish within its timeout.</summary>
    Timeout,
    /// <summary>The circuit breaker for this router is open after repeated failures.</summary>
    CircuitOpen,
    /// <summary>No host key has been accepted for this router yet.</summary>
    HostKeyNotAccepted,
    /// <summary>The router presented a host key other than the accepted one.</summary>
    HostKeyMismatch,
    /// <summary>SSH authentication failed (wrong key or user).</summary>
    AuthenticationFailed,
    /// <summary>The router (or its gate) refused the command or the configuration.</summary>
    Rejected,
    /// <summary>The router's output could not be parsed.</summary>
    ParseError,
    /// <summary>Our own input was invalid (name, address, ASN, text); nothing was sent.</summary>
    InvalidInput,
    /// <summary>No driver for the router's platform.</summary>
    UnknownPlatform,
    /// <summary>The change was applied but verification failed; it was rolled back or left unconfirmed.</summary>
    VerificationFailed,
    /// <summary>An unexpected fault in our own code or environment (logged with its stack).</summary>
    Internal,
}
