using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>The built app on a fresh database with the demo (the default), remembering when it was started and answered.</summary>
public sealed class DemoApp : RunningApp
{
    public DateTime StartedAt { get; private set; }
    /// <summary>When its health endpoint first answered: "started" as a user sees it (on a loaded CI machine the process
    /// itself can take tens of seconds to get there).</summary>
    public DateTime HealthyAt { get; private set; }

    public override async Task InitializeAsync()
    {
        StartedAt = DateTime.UtcNow;
        await base.InitializeAsync();
        HealthyAt = DateTime.UtcNow;
    }
}
