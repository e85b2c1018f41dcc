using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Simulated;

/// <summary>
/// The configuration language a simulated router speaks (BIRD 2 or FRR): it renders with the real platform's renderer and
/// checks a session's text with the rules the real renderer and parser use, so a simulated router refuses what the real one would.
/// </summary>
internal interface ISimulatedDialect
{
    /// <summary>The real platform whose language this is. Example: <c>bird2</c>.</summary>
    string Platform { get; }

    /// <summary>The real platform's renderer.</summary>
    RenderedConfig Render(SessionConfig session);

    /// <summary>Reads one session's text; throws <see cref="RouterException"/> (Rejected) naming the line the router would refuse.</summary>
    SimulatedSession Check(RenderedConfig config, SimulatedDefinitions defined);

    /// <summary>The session's text with its admin state changed the way the real driver persists it.</summary>
    string SetAdminState(RenderedConfig config, bool down, string? message);
}
