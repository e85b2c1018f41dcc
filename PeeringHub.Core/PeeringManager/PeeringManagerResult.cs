namespace PeeringHub.Core.PeeringManager;

/// <summary>What a peering-manager action did; <see cref="Message"/> is shown to the user.</summary>
public sealed record PeeringManagerResult(PeeringManagerOutcome Outcome, string? Message = null)
{
    public bool Succeeded => Outcome == PeeringManagerOutcome.Ok;
    public static readonly PeeringManagerResult Ok = new(PeeringManagerOutcome.Ok);
    public static readonly PeeringManagerResult Forbidden = new(PeeringManagerOutcome.Forbidden, "You may only manage your own network.");
    public static readonly PeeringManagerResult NotFound = new(PeeringManagerOutcome.NotFound, "No such network, peer or LAN in the peering manager.");
    public static readonly PeeringManagerResult Disabled = new(PeeringManagerOutcome.Disabled, "The peering manager is disabled.");
}
