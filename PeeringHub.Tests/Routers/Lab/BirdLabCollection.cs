namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Tests sharing one lab with a BIRD router; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BirdLabCollection : ICollectionFixture<BirdLabFixture>
{
    public const string Name = "router-lab-bird";
}
