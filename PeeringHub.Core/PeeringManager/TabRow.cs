using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>A peer network in one tab, with why it is there. Names and policy are filled in by the service after computing.</summary>
public sealed class TabRow
{
    public int NetworkId { get; init; }
    public PeeringTab Tab { get; set; }
    public PeeringReason Reasons { get; set; }
    public bool RouteServerClient { get; set; }
    public List<string> Ipv4 { get; } = new(1);
    public List<string> Ipv6 { get; } = new(1);
    public bool HasNotes { get; set; }
    public DateTime? LastRequestSentAt { get; set; }
    public int RequestCount { get; set; }
    public long Asn { get; set; }
    public string Name { get; set; } = "";
    public string? Policy { get; set; }
    /// <summary>sFlow evidence between the two within the window (every detected state, both families): first and last seen, samples.</summary>
    public DateTime? DetectedFirstSeen { get; set; }
    public DateTime? DetectedLastSeen { get; set; }
    public long DetectedSamples { get; set; }

    /// <summary>Human text for the reasons, e.g. "route servers + bilateral (sFlow)".</summary>
    public string Why => PeeringReasons.Describe(Tab, Reasons);
}
