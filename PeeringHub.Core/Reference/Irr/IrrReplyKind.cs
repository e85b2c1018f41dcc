namespace PeeringHub.Core.Reference.Irr;

public enum IrrReplyKind { Data, Success, NotFound }
