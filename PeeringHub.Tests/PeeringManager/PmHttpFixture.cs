using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;

namespace PeeringHub.Tests.PeeringManager;

/// <summary>One in-process app with the peering-manager scenario seeded, shared by a test class.</summary>
public sealed class PmHttpFixture : IAsyncLifetime
{
    public PmAppFactory App { get; } = new();
    public PmScenario S { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _ = App.Server; // start the host (migrations, bootstrap admin)
        await using var scope = App.Services.CreateAsyncScope();
        S = await PmScenario.SeedAsync(scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>(), DateTime.UtcNow);
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();
}
