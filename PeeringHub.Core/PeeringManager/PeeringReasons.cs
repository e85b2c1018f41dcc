using PeeringHub.Core.Domain;

namespace PeeringHub.Core.PeeringManager;

/// <summary>Text for <see cref="PeeringReason"/> flags, shared by the page and the API.</summary>
public static class PeeringReasons
{
    public static string Describe(PeeringTab tab, PeeringReason reasons)
    {
        var parts = new List<string>(4);
        if (reasons.HasFlag(PeeringReason.ManualRejected)) parts.Add("rejected by hand");
        if (reasons.HasFlag(PeeringReason.ManualPeer)) parts.Add("marked as peer by hand");
        if (reasons.HasFlag(PeeringReason.RouteServer)) parts.Add("route servers");
        if (reasons.HasFlag(PeeringReason.DetectedBilateral)) parts.Add("bilateral (sFlow)");
        if (reasons.HasFlag(PeeringReason.ConfiguredSession)) parts.Add("bilateral (our session Established)");
        if (reasons.HasFlag(PeeringReason.DetectedRefused)) parts.Add("sFlow: connection refused");
        if (reasons.HasFlag(PeeringReason.DetectedUnconfirmed)) parts.Add("sFlow: TCP/179 seen, unconfirmed");
        if (parts.Count == 0) return tab == PeeringTab.Potential ? "no route-server or bilateral peering" : "";
        var text = string.Join(" + ", parts);
        return tab == PeeringTab.PotentialBilateral ? text + ", no bilateral session" : text;
    }
}
