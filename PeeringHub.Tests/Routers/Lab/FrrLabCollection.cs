namespace PeeringHub.Tests.Routers.Lab;

/// <summary>Tests sharing one lab with an FRR router; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FrrLabCollection : ICollectionFixture<FrrLabFixture>
{
    public const string Name = "router-lab-frr";
}
