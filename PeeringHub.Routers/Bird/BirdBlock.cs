using System.Net;
using PeeringHub.Routers.Contract;

namespace PeeringHub.Routers.Bird;

/// <summary>One protocol block of <c>show protocols all</c> while it is being read.</summary>
internal sealed class BirdBlock(string name, bool isBgp, int line)
{
    public string Name { get; } = name;
    public bool IsBgp { get; } = isBgp;
    public string ProtoState { get; set; } = "";
    public DateTime? Since { get; set; }
    public string? InfoState { get; set; }
    public string? InfoError { get; set; }
    public string? Description { get; set; }
    public string? BgpState { get; set; }
    public IPAddress? Neighbor { get; set; }
    public long? NeighborAs { get; set; }
    public long? LocalAs { get; set; }
    public IPAddress? Source { get; set; }
    public string? LastError { get; set; }
    public string? Message { get; set; }
    public string? Channel { get; set; }
    public List<PrefixCounters> Families { get; } = [];

    public RouterSession Build()
    {
        if (Neighbor is null || NeighborAs is null)
            throw new RouterParseException(line, $"protocol {Name} has no neighbor address/AS (output truncated?)", null);
        var (state, admin) = BirdParser.MapState(ProtoState, BgpState, InfoState, InfoError);
        return new RouterSession(Name, Neighbor, NeighborAs.Value, LocalAs, Source, Description, state, Since, admin,
            LastError ?? InfoError,
            Families.Select(f => f.Family.Length > 0 ? f : f with { Family = Neighbor.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "ipv6" : "ipv4" }).ToList());
    }
}
