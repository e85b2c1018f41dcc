namespace PeeringHub.Routers.Contract;

/// <summary>Prefix counters of one address family of a session. A null counter is one the platform does not report
/// (FRR reports only accepted prefixes without extra per-neighbor commands).</summary>
/// <param name="Family"><c>ipv4</c> or <c>ipv6</c>.</param>
/// <param name="Received">Before import policy. Example: 3.</param>
/// <param name="Accepted">After import policy. Example: 2.</param>
/// <param name="Filtered">Rejected by import policy. Example: 1.</param>
public sealed record PrefixCounters(string Family, int? Received, int? Accepted, int? Filtered);
