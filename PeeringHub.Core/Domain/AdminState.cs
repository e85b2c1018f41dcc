namespace PeeringHub.Core.Domain;

public enum AdminState
{
    Up = 0,
    Down = 1,
}
