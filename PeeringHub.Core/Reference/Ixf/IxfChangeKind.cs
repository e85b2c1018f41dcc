namespace PeeringHub.Core.Reference.Ixf;

public enum IxfChangeKind { Added, Changed, Removed }
