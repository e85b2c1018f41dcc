using PeeringHub.Core.PeeringManager;

namespace PeeringHub.App.Api.PeeringManager;

/// <summary>One peer in a tab; <c>why</c> says what put it there, <c>reasons</c> the same as flags.</summary>
public sealed record PeeringRowDto(
    int NetworkId, long Asn, string Name, string Tab, string Why, string[] Reasons, bool RouteServerClient,
    IReadOnlyList<string> Ipv4, IReadOnlyList<string> Ipv6, string? Policy, bool HasNotes, DateTime? LastRequestSentAt, int RequestCount)
{
    public static PeeringRowDto From(TabRow r) => new(
        r.NetworkId, r.Asn, r.Name, r.Tab.ToString(), r.Why,
        Enum.GetValues<PeeringReason>().Where(f => f != PeeringReason.None && r.Reasons.HasFlag(f)).Select(f => f.ToString()).ToArray(),
        r.RouteServerClient, r.Ipv4, r.Ipv6, r.Policy, r.HasNotes, r.LastRequestSentAt, r.RequestCount);
}
