using System.Net;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>PeeringDB answered with an HTTP error (after retries, for 429).</summary>
public sealed class PeeringDbHttpException(string endpoint, HttpStatusCode status, string message)
    : Exception($"PeeringDB '{endpoint}': HTTP {(int)status} {status}: {message}")
{
    public HttpStatusCode StatusCode { get; } = status;
}
