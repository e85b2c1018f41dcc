namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>The wizard's steps, in order; <see cref="Confirm"/> validates everything.</summary>
public enum WizardStep
{
    Common = 0,
    Router = 1,
    Peer = 2,
    AsSet = 3,
    Confirm = 4,
}
