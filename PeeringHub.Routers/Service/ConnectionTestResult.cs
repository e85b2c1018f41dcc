using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Service;

/// <summary>Outcome of a connection test.</summary>
/// <param name="Succeeded">True when the router CLI answered.</param>
/// <param name="FailedStep">Where it stopped: <c>driver</c>, <c>host key</c>, <c>connect</c>, <c>router cli</c>; null on success.</param>
/// <param name="Error">Kind of failure (<see cref="RouterErrorKind.None"/> on success).</param>
/// <param name="Message">What failed, with the router's or ssh's own words. Example: <c>edge1: SSH authentication failed …</c>.</param>
/// <param name="SessionCount">Sessions the router reported, on success.</param>
/// <param name="Elapsed">Wall time of the test.</param>
/// <param name="Gate">The router-side gate's version and prerequisites (ok / missing with the fix), when the CLI answered over SSH.</param>
public sealed record ConnectionTestResult(bool Succeeded, string? FailedStep, RouterErrorKind Error, string? Message, int? SessionCount, TimeSpan Elapsed,
    Gate.GateCheckResult? Gate = null);
