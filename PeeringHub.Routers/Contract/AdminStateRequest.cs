using PeeringHub.Core.Domain;

namespace PeeringHub.Routers.Contract;

/// <summary>Set the admin state of many sessions of one router in one call.</summary>
/// <param name="Sessions">Router names of the sessions (see <see cref="RouterSession.Name"/>).</param>
/// <param name="Target">Up or Down.</param>
/// <param name="ShutdownMessage">Optional RFC 8203 message sent with the Cease (Down only). Example: <c>maintenance</c>.</param>
public sealed record AdminStateRequest(IReadOnlyList<string> Sessions, AdminState Target, string? ShutdownMessage = null);
