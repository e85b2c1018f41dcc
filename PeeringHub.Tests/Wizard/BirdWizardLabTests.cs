using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Wizard;

[Collection(BirdLabCollection.Name)]
[Trait("Kind", "Wizard")]
public sealed class BirdWizardLabTests(BirdLabFixture lab) : WizardLabTests<BirdLabFixture>(lab);
