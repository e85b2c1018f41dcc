using System.Net;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB could not be reached, timed out, or answered with an HTTP error (after retries, for 429).</summary>
public sealed class PeeringDbHttpException : Exception
{
    public PeeringDbHttpException(string endpoint, HttpStatusCode status, string message)
        : base($"PeeringDB '{endpoint}': HTTP {(int)status} {status}: {message}") => StatusCode = status;

    /// <summary>Transport failure: no HTTP status (connection refused, DNS, timeout).</summary>
    public PeeringDbHttpException(string endpoint, string message, Exception inner)
        : base($"PeeringDB '{endpoint}': {message}", inner) { }

    PeeringDbHttpException(string message, HttpStatusCode status) : base(message) => StatusCode = status;

    /// <summary>A successful answer PeeringHub refuses to read (e.g. larger than the configured limit).</summary>
    public static PeeringDbHttpException Refused(string endpoint, HttpStatusCode status, string why) => new($"PeeringDB '{endpoint}': {why}", status);

    /// <summary>Null when no HTTP answer arrived.</summary>
    public HttpStatusCode? StatusCode { get; }
}
