namespace PeeringHub.Core.Data.Seeding;

/// <summary>
/// A part of the demo added after <see cref="DemoSeeder"/> on the first start of a demo database (e.g. the offline PeeringDB
/// snapshot). Registered by the feature that owns it, so the seeder does not need to know every feature.
/// </summary>
public interface IDemoDataStep
{
    /// <summary>Runs in the initializer's scope; order among steps is <see cref="Order"/>.</summary>
    Task RunAsync(CancellationToken ct);

    int Order { get; }
}
