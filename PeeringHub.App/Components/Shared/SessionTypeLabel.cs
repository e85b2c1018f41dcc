using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Shared;

/// <summary>A session's type as people write it: "Route server", not the enum's "RouteServer" (exports keep the enum's name).</summary>
public static class SessionTypeLabel
{
    public static string Of(SessionType type) => type switch
    {
        SessionType.RouteServer => "Route server",
        SessionType.LocalPeer => "Local peer",
        _ => type.ToString(),
    };
}
