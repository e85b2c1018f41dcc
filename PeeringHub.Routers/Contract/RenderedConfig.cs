namespace PeeringHub.Routers.Contract;

/// <summary>A session's configuration in the platform's own syntax.</summary>
/// <param name="Session">Router name of the session (BIRD protocol name; FRR neighbor address).</param>
/// <param name="Text">BIRD: the include file's content. FRR: the vtysh config lines under <c>router bgp</c>.</param>
public sealed record RenderedConfig(string Session, string Text);
