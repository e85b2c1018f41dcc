using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// Immutable address → (LAN, member) map of the LANs shown in the peering matrix. Replaced as a whole on refresh
/// (<see cref="MemberDirectoryProvider"/>), so the decoding thread reads it without locks.
/// </summary>
public sealed class MemberDirectory
{
    readonly Dictionary<IpAddressKey, MemberEndpoint> _byAddress;
    readonly Dictionary<int, ushort> _lanVlans;

    public static MemberDirectory Empty { get; } = new([], []);

    public MemberDirectory(IEnumerable<KeyValuePair<IpAddressKey, MemberEndpoint>> addresses, IEnumerable<KeyValuePair<int, ushort>> lanVlans)
    {
        _byAddress = new Dictionary<IpAddressKey, MemberEndpoint>(addresses);
        _lanVlans = new Dictionary<int, ushort>(lanVlans);
    }

    public int Count => _byAddress.Count;

    public bool TryGet(in IpAddressKey address, out MemberEndpoint endpoint) => _byAddress.TryGetValue(address, out endpoint);

    /// <summary>The LAN's 802.1Q VLAN when one is configured; samples tagged with another VLAN are not that LAN.</summary>
    public bool TryGetVlan(int peeringLanId, out ushort vlan) => _lanVlans.TryGetValue(peeringLanId, out vlan);
}
