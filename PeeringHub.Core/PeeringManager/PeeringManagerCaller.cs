namespace PeeringHub.Core.PeeringManager;

/// <summary>Who asks: staff may view any network, a Member user only their own. Built by the App from the user's claims.</summary>
public sealed record PeeringManagerCaller(string UserName, string? Email, bool IsStaff, int? NetworkId)
{
    public bool CanView(int viewingNetworkId) => IsStaff || NetworkId == viewingNetworkId;
}
