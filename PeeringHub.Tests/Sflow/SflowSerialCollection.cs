namespace PeeringHub.Tests.Sflow;

/// <summary>Tests that measure process-wide memory run alone: other test classes allocating in parallel would skew the heap.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SflowSerialCollection
{
    public const string Name = "Sflow serial";
}
