namespace PeeringHub.Sflow.Detection;

/// <summary>How a sample's two addresses resolve in the <see cref="MemberDirectory"/>. Every outcome but Match is counted, never silently dropped.</summary>
public enum DirectoryMatch : byte
{
    Match,
    /// <summary>An address is no member on any LAN (yet): kept for a while in case the member is added.</summary>
    NotMember,
    /// <summary>Both are members, of different LANs.</summary>
    DifferentLans,
    /// <summary>Both addresses are members, but not on the VLAN the sample carries.</summary>
    VlanMismatch,
    /// <summary>An address is claimed by two LANs detection cannot tell apart (see <see cref="MemberDirectory.Conflicts"/>).</summary>
    Ambiguous,
}
