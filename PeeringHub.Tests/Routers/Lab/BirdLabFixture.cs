namespace PeeringHub.Tests.Routers.Lab;

public sealed class BirdLabFixture : RouterLabFixture
{
    protected override string RouterKind => "bird";
}
