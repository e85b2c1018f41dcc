namespace PeeringHub.Core.Reference.Irr;

public enum IrrErrorKind
{
    /// <summary>The server answered "F &lt;error&gt;" (unknown command, unknown source…).</summary>
    ServerError,
    /// <summary>The connection closed before a reply was complete.</summary>
    Truncated,
    /// <summary>A reply did not follow the A/C/D/F grammar.</summary>
    Protocol,
    /// <summary>No (complete) reply within the configured timeout.</summary>
    Timeout,
    /// <summary>The object does not exist (reply "D").</summary>
    NotFound,
    /// <summary>The expansion exceeds <see cref="IrrOptions.MaxSetSize"/>.</summary>
    TooLarge,
    /// <summary>Could not connect.</summary>
    Connect,
    /// <summary>The name is not an ASN or AS-SET name.</summary>
    InvalidName,
}
