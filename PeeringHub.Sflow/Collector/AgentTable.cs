using System.Runtime.CompilerServices;
using PeeringHub.Sflow.Decoding;

namespace PeeringHub.Sflow.Collector;

/// <summary>
/// The agents seen, by UDP sender. Looked up by the decoding thread once per datagram (the last one is cached, a switch sends
/// runs of datagrams); entries are only added, under a lock shared with <see cref="Snapshot"/>.
/// </summary>
public sealed class AgentTable
{
    /// <summary>Beyond this many senders new ones share one entry, so forged source addresses cannot grow memory without end.</summary>
    public const int MaxAgents = 1024;

    readonly object _gate = new();
    readonly Dictionary<IpAddressKey, AgentStatistics> _agents = [];
    AgentStatistics? _last;
    AgentStatistics? _overflow;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per datagram: the cached hit is a compare, not a call
    public AgentStatistics Get(in IpAddressKey sender)
    {
        var last = _last;
        return last is not null && last.Sender == sender ? last : Find(sender);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    AgentStatistics Find(in IpAddressKey sender)
    {
        if (!_agents.TryGetValue(sender, out var a))
            lock (_gate)
            {
                if (_agents.Count >= MaxAgents) a = _overflow ??= new AgentStatistics(default);
                else _agents[sender] = a = new AgentStatistics(sender);
            }
        _last = a;
        return a;
    }

    public IReadOnlyList<AgentStatus> Snapshot()
    {
        List<AgentStatistics> all;
        lock (_gate) all = [.. _agents.Values, .. _overflow is null ? [] : new[] { _overflow }];
        return all.Select(ToStatus).OrderBy(a => a.Sender, StringComparer.Ordinal).ToList();
    }

    static AgentStatus ToStatus(AgentStatistics a)
    {
        var lengths = new Dictionary<int, long>();
        for (var i = 0; i < a.HeaderLengths.Length; i++)
            if (Volatile.Read(ref a.HeaderCounts[i]) is var n and > 0) lengths[a.HeaderLengths[i]] = n;
        var rejected = new Dictionary<SflowError, long>();
        for (var i = 1; i < a.Rejected.Length; i++)
            if (Volatile.Read(ref a.Rejected[i]) is var n and > 0) rejected[(SflowError)i] = n;
        var tags = a.QinQSamples > 0 ? 2 : a.TaggedSamples > 0 ? 1 : 0;
        // the most frequent cut length is the switch's setting; rarer ones come from odd frames
        var hint = lengths.Count == 0 ? null : HeaderLengthHint.For(lengths.MaxBy(kv => kv.Value).Key, tags);
        var sender = a.Sender == default ? "(other senders)" : a.Sender.ToString();
        var agent = a.LastAgentAddress == default ? null : a.LastAgentAddress.ToString();
        return new AgentStatus(sender, agent, a.LastSubAgentId, Volatile.Read(ref a.Datagrams), Volatile.Read(ref a.Samples), Volatile.Read(ref a.BgpSamples), a.SamplingRate,
            lengths, a.TaggedSamples, a.QinQSamples, a.Ipv6Samples, a.InconclusiveSamples, rejected, Volatile.Read(ref a.NotAllowed),
            a.LastSeen == default ? null : a.LastSeen, hint);
    }
}
