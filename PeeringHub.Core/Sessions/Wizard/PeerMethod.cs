namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>How the operator enters the peer in step 3.</summary>
public enum PeerMethod
{
    PeeringDb = 0,
    Local = 1,
    Manual = 2,
}
