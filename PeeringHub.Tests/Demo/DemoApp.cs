using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>The built app on a fresh database with the demo (the default), remembering when it was started.</summary>
public sealed class DemoApp : RunningApp
{
    public DateTime StartedAt { get; private set; }

    public override Task InitializeAsync()
    {
        StartedAt = DateTime.UtcNow;
        return base.InitializeAsync();
    }
}
