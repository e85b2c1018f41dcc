using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Shared;

/// <summary>
/// What a BGP state looks like, in one place for badge, row and card. Unknown (router unreachable, nothing known)
/// is the loudest; AdminDown is deliberate, so calm; a session that should be up but is not is the alarm.
/// </summary>
public static class StateStyle
{
    public static string Of(BgpState state) => state switch
    {
        BgpState.Established => "up",
        BgpState.AdminDown => "admin",
        BgpState.Unknown => "unknown",
        BgpState.Connect or BgpState.Active or BgpState.OpenSent or BgpState.OpenConfirm => "trying",
        _ => "down",
    };

    /// <summary>The state's own name: users, scripts and the API all say "AdminDown".</summary>
    public static string Label(BgpState state) => state.ToString();

    public static string Explain(BgpState state) => state switch
    {
        BgpState.Unknown => "Unknown: the router could not be read; the session's state is not known",
        BgpState.AdminDown => "Shut down on purpose (Admin Down)",
        BgpState.Established => "Established",
        BgpState.Idle => "Idle: not trying to connect (down)",
        _ => $"{state}: trying to establish (down)",
    };
}
