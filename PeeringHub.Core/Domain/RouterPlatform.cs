namespace PeeringHub.Core.Domain;

/// <summary>Platform keys the router drivers register under.</summary>
public static class RouterPlatform
{
    public const string Bird2 = "bird2";
    public const string Frr = "frr";

    /// <summary>The demo's in-process routers that speak BIRD 2 / FRR configuration (driver: PeeringHub.Routers.Simulated).
    /// Registered only while <c>PeeringHub:SeedDemo</c> is on, and never selectable: only the demo seed creates them.</summary>
    public const string SimulatedBird2 = "simulated-bird2";
    public const string SimulatedFrr = "simulated-frr";

    /// <summary>The platforms an operator may choose for a router (forms, API, imports).</summary>
    public static readonly IReadOnlyList<string> All = [Bird2, Frr];

    public static readonly IReadOnlyList<string> Simulated = [SimulatedBird2, SimulatedFrr];

    /// <summary>The label shown next to the name of a simulated router wherever a router name appears.</summary>
    public const string SimulatedLabel = "simulated (demo)";

    public static bool IsSimulated(string? platform) => platform is SimulatedBird2 or SimulatedFrr;

    /// <summary>The configuration language a platform speaks: a simulated router speaks its real platform's.
    /// Example: <c>simulated-frr</c> → <c>frr</c>.</summary>
    public static string Syntax(string platform) => platform switch
    {
        SimulatedBird2 => Bird2,
        SimulatedFrr => Frr,
        _ => platform,
    };
}
