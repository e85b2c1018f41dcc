using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Wizard;

[Collection(BirdLabCollection.Name)]
[Trait("Kind", "Wizard")]
public sealed class BirdWizardLabBrowserTests(BirdLabFixture lab, RunningApp app) : WizardLabBrowserTests<BirdLabFixture>(lab, app), IClassFixture<RunningApp>;
