namespace PeeringHub.Routers.Gate;

/// <summary>One prerequisite the router-side gate checked. Example: <c>(include, false, "add the line include "/etc/bird/peeringhub.d/*.conf"; …")</c>.</summary>
/// <param name="Name">socket, include, templates, log, write access, adopt access, tcp-md5 counters.</param>
/// <param name="Ok">True when present.</param>
/// <param name="Detail">What was found, or the fix to apply on the router when missing.</param>
public sealed record GateCheckItem(string Name, bool Ok, string Detail);
