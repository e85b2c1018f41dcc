namespace PeeringHub.Core.Domain;

/// <summary>A peering relation's placement made by hand, overriding the computed tab.</summary>
public enum ManualMark
{
    None = 0,
    Peer = 1,
    Rejected = 2,
}
