namespace PeeringHub.Core.Domain;

public enum SessionType
{
    Exchange = 0,
    Private = 1,
    RouteServer = 2,
    LocalPeer = 3,
}
