namespace PeeringHub.Sflow.Detection;

/// <summary>The pairs that appeared or were updated since the previous notification.</summary>
public sealed class DetectedPairsChangedEventArgs(IReadOnlyList<DetectedPair> changed) : EventArgs
{
    public IReadOnlyList<DetectedPair> Changed { get; } = changed;
}
