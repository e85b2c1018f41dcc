using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// A fixed ring of recent TCP/179 samples between addresses that were not members (yet). When the member directory changes,
/// <see cref="Replay"/> credits the ones that now resolve, so a member created while traffic flows loses nothing from the last
/// <see cref="Window"/>. Preallocated and single-threaded (the decoding thread owns it): no allocation, no lock.
/// When the ring is full the oldest entry is overwritten and counted in <see cref="Overwritten"/>.
/// </summary>
public sealed class PendingEvidence(int capacity = 32_768)
{
    readonly PendingSample[] _ring = new PendingSample[capacity];
    int _next;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
    public int Capacity => _ring.Length;
    /// <summary>Entries still waiting (an estimate read by other threads).</summary>
    public int Waiting => Volatile.Read(ref _waiting);
    public long Credited => Volatile.Read(ref _credited);
    public long Overwritten => Volatile.Read(ref _overwritten);
    int _waiting;
    long _credited, _overwritten;

    public void Add(in IpAddressKey source, in IpAddressKey destination, ushort vlan, BgpSampleKind kind, int headerBytes, DateTime at)
    {
        ref var slot = ref _ring[_next];
        if (slot.Kind != BgpSampleKind.None) _overwritten++; else _waiting++;
        slot.Source = source;
        slot.Destination = destination;
        slot.Vlan = vlan;
        slot.Kind = kind;
        slot.HeaderBytes = (short)Math.Min(headerBytes, short.MaxValue);
        slot.At = at;
        if (++_next == _ring.Length) _next = 0;
    }

    /// <summary>Credits waiting samples younger than the window that resolve in <paramref name="directory"/>; drops the expired ones. Returns samples credited.</summary>
    public int Replay(MemberDirectory directory, SessionAggregator aggregator, DetectionCounters counters, DateTime now)
    {
        if (_waiting == 0) return 0;
        var cutoff = now - Window;
        var credited = 0;
        for (var i = 0; i < _ring.Length; i++)
        {
            ref var s = ref _ring[i];
            if (s.Kind == BgpSampleKind.None) continue;
            if (s.At < cutoff) { s.Kind = BgpSampleKind.None; _waiting--; continue; }
            if (directory.Resolve(s.Vlan, s.Source, s.Destination, out var lan) != DirectoryMatch.Match) continue;
            counters.Count(s.Kind);
            aggregator.Record(lan, s.Source, s.Destination, s.Kind, s.HeaderBytes, s.At);
            s.Kind = BgpSampleKind.None;
            _waiting--;
            credited++;
        }
        _credited += credited;
        return credited;
    }
}
