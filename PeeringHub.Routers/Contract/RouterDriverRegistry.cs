namespace PeeringHub.Routers.Contract;

/// <summary>Finds the driver for a platform key among all registered <see cref="IRouterDriver"/>s, so adding a
/// platform is one more DI registration and never a change to callers.</summary>
public sealed class RouterDriverRegistry
{
    private readonly Dictionary<string, IRouterDriver> _drivers;

    public RouterDriverRegistry(IEnumerable<IRouterDriver> drivers)
    {
        _drivers = new Dictionary<string, IRouterDriver>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in drivers)
            if (!_drivers.TryAdd(d.Platform, d))
                throw new InvalidOperationException($"two router drivers registered for platform '{d.Platform}'");
    }

    public IReadOnlyCollection<string> Platforms => _drivers.Keys;

    public bool TryGet(string platform, out IRouterDriver driver) => _drivers.TryGetValue(platform, out driver!);

    public IRouterDriver Get(string platform) =>
        _drivers.TryGetValue(platform, out var d) ? d
            : throw new RouterException(RouterErrorKind.UnknownPlatform, $"no router driver for platform '{platform}' (known: {string.Join(", ", _drivers.Keys)})");
}
