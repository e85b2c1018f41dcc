namespace PeeringHub.Core.PeeringManager;

public enum PeeringManagerOutcome { Ok, Forbidden, NotFound, Disabled, Invalid, NeedsConfirmation, SendFailed }
