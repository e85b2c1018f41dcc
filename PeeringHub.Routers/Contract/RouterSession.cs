using System.Net;
using PeeringHub.Core.Domain;

namespace PeeringHub.Routers.Contract;

/// <summary>One BGP session as the router reports it right now.</summary>
/// <param name="Name">The router's name for the session: BIRD protocol name (<c>p001_v4</c>); FRR neighbor address (<c>192.0.2.11</c>).</param>
/// <param name="NeighborIp">Example: <c>192.0.2.11</c>.</param>
/// <param name="NeighborAsn">Example: <c>65001</c>.</param>
/// <param name="LocalAsn">Example: <c>64500</c>; null when the router does not say.</param>
/// <param name="LocalIp">Source address of the session; null when not connected.</param>
/// <param name="Description">Example: <c>AS65001 p001 v4</c>.</param>
/// <param name="State">RFC 4271 state, or <see cref="BgpState.AdminDown"/> / <see cref="BgpState.Down"/>.</param>
/// <param name="Since">Last state change (UTC); null when unknown.</param>
/// <param name="AdminDisabled">True when the session is administratively shut down.</param>
/// <param name="LastError">Example: <c>Socket: Connection refused</c>; null when none.</param>
/// <param name="Families">Prefix counters per address family.</param>
public sealed record RouterSession(
    string Name,
    IPAddress NeighborIp,
    long NeighborAsn,
    long? LocalAsn,
    IPAddress? LocalIp,
    string? Description,
    BgpState State,
    DateTime? Since,
    bool AdminDisabled,
    string? LastError,
    IReadOnlyList<PrefixCounters> Families);
