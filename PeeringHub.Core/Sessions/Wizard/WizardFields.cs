namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>Which <see cref="WizardState"/> fields each step owns: Next shows (and is refused for) only the current step's errors.</summary>
public static class WizardFields
{
    static readonly Dictionary<WizardStep, string[]> ByStep = new()
    {
        [WizardStep.Common] = [nameof(WizardState.Type), nameof(WizardState.PeeringLanId), nameof(WizardState.Notes)],
        [WizardStep.Router] = [nameof(WizardState.RouterId), nameof(WizardState.PeerGroupId), nameof(WizardState.LocalAsn), nameof(WizardState.Md5Password)],
        [WizardStep.Peer] =
        [
            nameof(WizardState.PeerNetworkId), nameof(WizardState.PeerName), nameof(WizardState.PeerAsn), nameof(WizardState.PeerIpv4),
            nameof(WizardState.PeerIpv6), nameof(WizardState.MaxPrefixV4), nameof(WizardState.MaxPrefixV6),
        ],
        [WizardStep.AsSet] = [nameof(WizardState.AsSetName)],
    };

    /// <summary>The step that owns a field; unknown fields (a rule on a property the wizard does not show) go to the confirmation step.</summary>
    public static WizardStep StepOf(string field)
    {
        foreach (var (step, fields) in ByStep)
            if (fields.Contains(field)) return step;
        return WizardStep.Confirm;
    }

    public static bool Belongs(string field, WizardStep step) => step == WizardStep.Confirm || StepOf(field) == step;

    /// <summary>A session input's property → the wizard field showing it, for the address family the input was built for.</summary>
    public static string FromInput(string inputProperty, int family) => inputProperty switch
    {
        nameof(SessionInput.PeerIp) => family == 6 ? nameof(WizardState.PeerIpv6) : nameof(WizardState.PeerIpv4),
        nameof(SessionInput.MaxPrefix) => family == 6 ? nameof(WizardState.MaxPrefixV6) : nameof(WizardState.MaxPrefixV4),
        nameof(SessionInput.Description) => nameof(WizardState.PeerName),
        _ => inputProperty,
    };
}
