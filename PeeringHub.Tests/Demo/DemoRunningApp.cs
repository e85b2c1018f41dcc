using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Demo;

/// <summary>
/// The app on a fresh demo database as a newcomer starts it, with the sFlow collector on (a free port, loopback) so the demo
/// sender runs, and an IRR server that does not answer (no network): only the demo's own AS-SETs can resolve.
/// </summary>
public sealed class DemoRunningApp : RunningApp
{
    protected override IEnumerable<(string Key, string Value)> ExtraEnvironment =>
    [
        ("PeeringHub__Sflow__Enabled", "true"), ("PeeringHub__Sflow__Port", "0"), ("PeeringHub__Sflow__BindAddress", "127.0.0.1"),
        ("PeeringHub__Irr__Server", "127.0.0.1:9"), ("PeeringHub__Irr__Timeout", "00:00:03"),
    ];
}
