using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Wizard;

[Collection(FrrLabCollection.Name)]
[Trait("Kind", "Wizard")]
public sealed class FrrWizardLabTests(FrrLabFixture lab) : WizardLabTests<FrrLabFixture>(lab);
