using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PeeringHub.Core.Domain;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Detection;

/// <summary>
/// In-memory totals per (LAN, address pair). Only TCP/179 samples between members reach it (a tiny share of all samples),
/// so one lock is cheap; it lets the flush and publish timers read while the decoding thread writes.
/// Totals are structs stored in the dictionary's own entries: a sample costs one lookup and touches one entry, not an entry
/// and then an object elsewhere on the heap (with thousands of pairs both are cache misses). Allocates only when the table grows.
/// </summary>
public sealed class SessionAggregator
{
    struct Stats
    {
        // the fields every sample writes first, so they share a cache line with the key more often
        public DateTime FirstSeen, LastSeen;
        public bool DirtyForFlush, DirtyForPublish;
        public int HeaderBytes;
        public long Samples, Reverse, SessionMessage, Open, Notification, Payload, Ack, Syn, Reset, Fin, Inconclusive;

        public readonly DetectedSessionEvidence Evidence => new(Samples, Reverse, SessionMessage, Open, Notification, Payload, Ack, Syn, Reset, Fin, Inconclusive, HeaderBytes);

        public void Add(BgpSampleKind kind, int headerBytes)
        {
            switch (kind)
            {
                case BgpSampleKind.SessionMessage: SessionMessage++; break;
                case BgpSampleKind.Open: Open++; break;
                case BgpSampleKind.Notification: Notification++; break;
                case BgpSampleKind.Payload: Payload++; break;
                case BgpSampleKind.Ack: Ack++; break;
                case BgpSampleKind.Syn: Syn++; break;
                case BgpSampleKind.Reset: Reset++; break;
                case BgpSampleKind.Fin: Fin++; break;
                case BgpSampleKind.Inconclusive:
                    Inconclusive++;
                    if (headerBytes > HeaderBytes) HeaderBytes = headerBytes;
                    break;
            }
        }

        public static Stats From(DetectedPair p)
        {
            var e = p.Evidence;
            return new Stats
            {
                FirstSeen = p.FirstSeen, LastSeen = p.LastSeen, Samples = e.Samples, Reverse = e.ReverseSamples, SessionMessage = e.SessionMessageSamples,
                Open = e.OpenSamples, Notification = e.NotificationSamples, Payload = e.PayloadSamples, Ack = e.AckSamples, Syn = e.SynSamples,
                Reset = e.ResetSamples, Fin = e.FinSamples, Inconclusive = e.InconclusiveSamples, HeaderBytes = e.HeaderBytes,
            };
        }
    }

    readonly object _gate = new();
    readonly Dictionary<PairKey, Stats> _pairs = [];

    /// <summary>Raised by <see cref="PublishChanges"/> with the pairs updated since the last call (outside the lock).</summary>
    public event EventHandler<DetectedPairsChangedEventArgs>? PairsChanged;

    public int Count { get { lock (_gate) return _pairs.Count; } }

    /// <summary>One sample of <paramref name="kind"/> from <paramref name="source"/> to <paramref name="destination"/>.</summary>
    public void Record(int peeringLanId, in IpAddressKey source, in IpAddressKey destination, BgpSampleKind kind, int headerBytes, DateTime now)
    {
        var reverse = source.CompareTo(destination) > 0;
        var key = reverse ? new PairKey(peeringLanId, destination, source) : new PairKey(peeringLanId, source, destination);
        lock (_gate)
        {
            ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, key, out var exists);
            if (!exists) s.FirstSeen = now;
            if (now < s.FirstSeen) s.FirstSeen = now;
            if (now > s.LastSeen) s.LastSeen = now;
            s.Samples++;
            if (reverse) s.Reverse++;
            s.Add(kind, headerBytes);
            s.DirtyForFlush = s.DirtyForPublish = true;
        }
    }

    /// <summary>Loads totals persisted earlier so counting continues across restarts; existing keys are replaced.</summary>
    public void Seed(IEnumerable<DetectedPair> pairs)
    {
        lock (_gate)
            foreach (var p in pairs)
                _pairs[p.Key] = Stats.From(p);
    }

    public IReadOnlyList<DetectedPair> Snapshot()
    {
        lock (_gate) return _pairs.Select(kv => ToPair(kv.Key, kv.Value)).ToList();
    }

    /// <summary>Pairs changed since the last flush; marks them clean. Call <see cref="MarkDirty"/> if writing them fails.</summary>
    public IReadOnlyList<DetectedPair> TakeDirtyForFlush()
    {
        lock (_gate)
        {
            var list = new List<DetectedPair>();
            foreach (var (k, s) in _pairs)
                if (s.DirtyForFlush) { list.Add(ToPair(k, s)); CollectionsMarshal.GetValueRefOrNullRef(_pairs, k).DirtyForFlush = false; }
            return list;
        }
    }

    public void MarkDirty(IEnumerable<PairKey> keys)
    {
        lock (_gate)
            foreach (var k in keys)
            {
                ref var s = ref CollectionsMarshal.GetValueRefOrNullRef(_pairs, k);
                if (!Unsafe.IsNullRef(ref s)) s.DirtyForFlush = true;
            }
    }

    /// <summary>Raises <see cref="PairsChanged"/> for pairs updated since the last call; returns how many.</summary>
    public int PublishChanges()
    {
        var list = new List<DetectedPair>();
        lock (_gate)
            foreach (var (k, s) in _pairs)
                if (s.DirtyForPublish) { list.Add(ToPair(k, s)); CollectionsMarshal.GetValueRefOrNullRef(_pairs, k).DirtyForPublish = false; }
        if (list.Count > 0) PairsChanged?.Invoke(this, new DetectedPairsChangedEventArgs(list));
        return list.Count;
    }

    /// <summary>Forgets pairs last seen before <paramref name="cutoff"/> that are already persisted (the database keeps them).</summary>
    public int Prune(DateTime cutoff)
    {
        lock (_gate)
        {
            var old = _pairs.Where(kv => kv.Value.LastSeen < cutoff && !kv.Value.DirtyForFlush).Select(kv => kv.Key).ToList();
            foreach (var k in old) _pairs.Remove(k);
            return old.Count;
        }
    }

    static DetectedPair ToPair(PairKey k, in Stats s) => new(k.PeeringLanId, k.AddressFamily, k.AddressA, k.AddressB, s.FirstSeen, s.LastSeen, s.Evidence);
}
