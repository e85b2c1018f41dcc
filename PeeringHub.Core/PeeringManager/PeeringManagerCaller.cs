namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// Who asks: staff may view any network, a Member user only their own. Managing (moves, notes, marks, requests, mail)
/// needs the Operate rights (Admin, Operator) or being a Member of that network: NOC staff look, they do not act for
/// a member. Built by the App from the user's claims.
/// </summary>
public sealed record PeeringManagerCaller(string UserName, string? Email, bool IsStaff, int? NetworkId, bool? MayOperate = null)
{
    /// <summary>Admin or Operator; when not given, staff (the callers built before NOC existed as a role here).</summary>
    public bool CanOperate => MayOperate ?? IsStaff;

    public bool CanView(int viewingNetworkId) => IsStaff || NetworkId == viewingNetworkId;

    public bool CanManage(int viewingNetworkId) => CanOperate || NetworkId == viewingNetworkId;
}
