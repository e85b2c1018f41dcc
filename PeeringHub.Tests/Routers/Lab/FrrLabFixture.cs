namespace PeeringHub.Tests.Routers.Lab;

public sealed class FrrLabFixture : RouterLabFixture
{
    protected override string RouterKind => "frr";
}
