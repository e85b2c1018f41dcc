using System.Numerics;
using System.Runtime.CompilerServices;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// Immutable (VLAN, address) → (LAN, member) map of the LANs shown in the peering matrix. Tagged and untagged LANs are keyed
/// by (VLAN, address), so one address may sit on two LANs with different VLANs; any-VLAN LANs by address alone. Replaced as a
/// whole on refresh (<see cref="MemberDirectoryProvider"/>), so the decoding thread reads it without locks. Keys two LANs
/// claim are kept out and listed in <see cref="Conflicts"/>: their samples are counted as ambiguous, not credited at random.
/// </summary>
public sealed class MemberDirectory
{
    readonly Dictionary<VlanAddress, MemberEndpoint> _keyed = [];
    readonly Dictionary<IpAddressKey, MemberEndpoint> _any = [];
    readonly HashSet<IpAddressKey> _known = [];
    readonly Dictionary<IpAddressKey, MemberEndpoint> _unique = [];
    readonly HashSet<IpAddressKey> _ambiguous = [];
    readonly List<string> _conflicts = [];
    /// <summary>
    /// One bit per hash of every member address (<see cref="_known"/> as a one-probe Bloom filter): a clear bit proves the
    /// address is no member, without a dictionary lookup. Most TCP/179 samples have an outside end (a member's customer).
    /// </summary>
    readonly ulong[] _knownBits;
    readonly int _knownShift;

    public static MemberDirectory Empty { get; } = new([]);

    /// <summary>Sample VLAN value for "the agent reported the VLAN as unknown" (0xFFFFFFFF in the extended switch record).</summary>
    public const ushort VlanUnknown = 0xFFFF;

    public MemberDirectory(IEnumerable<DirectoryEntry> entries)
    {
        var keyedClaims = new Dictionary<VlanAddress, List<MemberEndpoint>>();
        var anyClaims = new Dictionary<IpAddressKey, List<MemberEndpoint>>();
        var allClaims = new Dictionary<IpAddressKey, List<MemberEndpoint>>();
        foreach (var e in entries)
        {
            _known.Add(e.Address);
            Claim(allClaims, e.Address, e.Endpoint);
            if (e.Vlan is { } v) Claim(keyedClaims, new VlanAddress((ushort)v, e.Address), e.Endpoint);
            else Claim(anyClaims, e.Address, e.Endpoint);
        }
        foreach (var (key, claims) in keyedClaims)
        {
            if (claims.Count == 1) _keyed[key] = claims[0];
            else Ambiguous(key.Address, $"{key.Address} on VLAN {key.Vlan} is a member address on LANs {string.Join(", ", claims.Select(c => c.PeeringLanId))}");
        }
        foreach (var (address, claims) in anyClaims)
        {
            if (claims.Count == 1) _any[address] = claims[0];
            else Ambiguous(address, $"{address} is a member address on LANs {string.Join(", ", claims.Select(c => c.PeeringLanId))}, at least one without a VLAN check");
        }
        foreach (var (key, e) in _keyed)
            if (_any.TryGetValue(key.Address, out var other))
                _conflicts.Add($"{key.Address} is on LAN {e.PeeringLanId} (VLAN {key.Vlan}) and on LAN {other.PeeringLanId} (any VLAN): samples on VLAN {key.Vlan} go to LAN {e.PeeringLanId}");
        foreach (var (address, claims) in allClaims)
            if (claims.Count == 1 && !_ambiguous.Contains(address)) _unique[address] = claims[0];
        AddressCount = _known.Count;
        // >= 32 bits per address keeps false positives (which only cost the exact lookups) near 3 %; 8 KB at least
        var bits = Math.Max(1 << 16, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, _known.Count) * 32));
        _knownBits = new ulong[bits / 64];
        _knownShift = 64 - BitOperations.Log2((uint)bits);
        foreach (var a in _known)
        {
            var bit = KnownBit(a);
            _knownBits[bit >> 6] |= 1UL << (int)bit;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    ulong KnownBit(in IpAddressKey address) => ((address.Hi ^ address.Lo ^ address.Family) * 0x9E3779B97F4A7C15UL) >> _knownShift;

    /// <summary>False: <paramref name="address"/> is certainly no member address on any LAN. True: it may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    bool MaybeKnown(in IpAddressKey address)
    {
        var bit = KnownBit(address);
        return (_knownBits[bit >> 6] & (1UL << (int)bit)) != 0;
    }

    static void Claim<TKey>(Dictionary<TKey, List<MemberEndpoint>> claims, TKey key, MemberEndpoint e) where TKey : notnull
    {
        if (!claims.TryGetValue(key, out var list)) claims[key] = list = [];
        if (!list.Contains(e)) list.Add(e);
    }

    void Ambiguous(IpAddressKey address, string why)
    {
        _ambiguous.Add(address);
        _conflicts.Add(why);
    }

    /// <summary>Distinct member addresses (an address on two VLANs counts once).</summary>
    public int AddressCount { get; }
    /// <summary>(VLAN, address) and any-VLAN entries.</summary>
    public int Count => _keyed.Count + _any.Count;
    /// <summary>Addresses two LANs claim in a way detection cannot tell apart; shown as warnings on the sFlow page.</summary>
    public IReadOnlyList<string> Conflicts => _conflicts;

    /// <summary>
    /// The member behind <paramref name="address"/> for a sample on <paramref name="vlan"/> (0 = untagged,
    /// <see cref="VlanUnknown"/> = the agent could not tell: then only an address on exactly one LAN matches).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // hot: twice per TCP/179 sample
    public bool TryGet(ushort vlan, in IpAddressKey address, out MemberEndpoint endpoint)
    {
        if (vlan == VlanUnknown) return _unique.TryGetValue(address, out endpoint);
        if (_keyed.Count > 0 && _keyed.TryGetValue(new VlanAddress(vlan, address), out endpoint)) return true;
        return _any.TryGetValue(address, out endpoint);
    }

    /// <summary>Resolves both ends of a sample; <paramref name="lan"/> is set on <see cref="DirectoryMatch.Match"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the common outside end is decided inline; lookups stay out of line
    public DirectoryMatch Resolve(ushort vlan, in IpAddressKey source, in IpAddressKey destination, out int lan)
    {
        lan = 0;
        // an end that is no member at all decides without a lookup; the results are those of the exact path
        // (an unknown address is neither keyed, any, unique nor ambiguous)
        if (!MaybeKnown(source)) return DirectoryMatch.NotMember;
        return ResolveMaybeKnown(vlan, source, destination, out lan);
    }

    DirectoryMatch ResolveMaybeKnown(ushort vlan, in IpAddressKey source, in IpAddressKey destination, out int lan)
    {
        lan = 0;
        if (!MaybeKnown(destination)) return _ambiguous.Count > 0 && _ambiguous.Contains(source) ? DirectoryMatch.Ambiguous : DirectoryMatch.NotMember;
        var fa = TryGet(vlan, source, out var a);
        // fast exit for the common miss (BGP of a member's customer, of a route server): one more lookup, not three
        if (!fa && !_known.Contains(source)) return _ambiguous.Count > 0 && _ambiguous.Contains(source) ? DirectoryMatch.Ambiguous : DirectoryMatch.NotMember;
        var fb = TryGet(vlan, destination, out var b);
        if (fa && fb)
        {
            if (a.PeeringLanId != b.PeeringLanId) return DirectoryMatch.DifferentLans;
            lan = a.PeeringLanId;
            return DirectoryMatch.Match;
        }
        if (_ambiguous.Count > 0 && (_ambiguous.Contains(source) || _ambiguous.Contains(destination))) return DirectoryMatch.Ambiguous;
        return (fa || _known.Contains(source)) && (fb || _known.Contains(destination)) ? DirectoryMatch.VlanMismatch : DirectoryMatch.NotMember;
    }
}
