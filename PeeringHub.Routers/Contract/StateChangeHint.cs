namespace PeeringHub.Routers.Contract;

/// <summary>What a router said while we waited for it to log a session state change.</summary>
public enum StateChangeHint
{
    /// <summary>Nothing changed within the wait.</summary>
    Quiet,
    /// <summary>A session changed state: poll now instead of at the next interval.</summary>
    Changed,
    /// <summary>This platform (or this router's gate) offers no hints; it is polled on the interval only.</summary>
    Unsupported,
}
