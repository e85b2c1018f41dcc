using PeeringHub.Tests.Infrastructure;
using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Wizard;

[Collection(FrrLabCollection.Name)]
[Trait("Kind", "Wizard")]
public sealed class FrrWizardLabBrowserTests(FrrLabFixture lab, RunningApp app) : WizardLabBrowserTests<FrrLabFixture>(lab, app), IClassFixture<RunningApp>;
