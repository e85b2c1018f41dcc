using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Sessions;

/// <summary>Create/edit form of a BGP session (the wizard and the API use the same). The MD5 password is write-only.</summary>
public sealed class SessionInput : IEntityInput<BgpSession, SessionInput>
{
    public int Id { get; set; }
    public Guid? Version { get; set; }
    public SessionType Type { get; set; }
    public int RouterId { get; set; }
    public int? PeeringLanId { get; set; }
    public int? PeerGroupId { get; set; }
    public int? PeerNetworkId { get; set; }
    public long PeerAsn { get; set; }
    public string PeerIp { get; set; } = "";
    public long? LocalAsn { get; set; }
    /// <summary>New password; empty on edit keeps the stored one unless <see cref="ClearMd5Password"/>.</summary>
    public string? Md5Password { get; set; }
    public bool ClearMd5Password { get; set; }
    public bool HasMd5Password { get; set; }
    public string? AsSetName { get; set; }
    public string? Description { get; set; }
    public string? Notes { get; set; }
    public int? MaxPrefix { get; set; }
    public AdminState DesiredAdminState { get; set; }

    public void ApplyTo(BgpSession s, ISecretProtector secrets)
    {
        var address = IpPrefix.TryParseAddress(PeerIp, out var a) ? a : throw new InvalidOperationException("Apply a validated input only.");
        s.Type = Type;
        s.RouterId = RouterId;
        s.PeeringLanId = PeeringLanId;
        s.PeerGroupId = PeerGroupId;
        s.PeerNetworkId = PeerNetworkId;
        s.PeerAsn = PeerAsn;
        s.PeerIp = IpPrefix.Canonical(address);
        s.AddressFamily = IpPrefix.FamilyOf(address);
        s.LocalAsn = LocalAsn;
        if (!string.IsNullOrEmpty(Md5Password)) s.Md5PasswordProtected = secrets.Protect(Md5Password);
        else if (ClearMd5Password) s.Md5PasswordProtected = null;
        s.AsSetName = CommonRules.Trimmed(AsSetName)?.ToUpperInvariant();
        s.Description = CommonRules.Trimmed(Description);
        s.Notes = Notes;
        s.MaxPrefix = MaxPrefix;
        s.DesiredAdminState = DesiredAdminState;
    }

    public static SessionInput From(BgpSession s) => new()
    {
        Id = s.Id, Version = s.Version, Type = s.Type, RouterId = s.RouterId, PeeringLanId = s.PeeringLanId, PeerGroupId = s.PeerGroupId,
        PeerNetworkId = s.PeerNetworkId, PeerAsn = s.PeerAsn, PeerIp = s.PeerIp, LocalAsn = s.LocalAsn, HasMd5Password = s.Md5PasswordProtected is not null,
        AsSetName = s.AsSetName, Description = s.Description, Notes = s.Notes, MaxPrefix = s.MaxPrefix, DesiredAdminState = s.DesiredAdminState,
    };
}
