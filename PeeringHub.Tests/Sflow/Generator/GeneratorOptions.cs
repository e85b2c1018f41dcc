namespace PeeringHub.Tests.Sflow.Generator;

/// <summary>Size and mix of a generated capture.</summary>
public sealed class GeneratorOptions
{
    public int Seed { get; set; } = 1;
    /// <summary>LANs with the matrix flag; one more LAN without it is always added.</summary>
    public int MatrixLans { get; set; } = 2;
    public int MembersPerLan { get; set; } = 40;
    /// <summary>Pairs per category per LAN and family.</summary>
    public int PairsPerCategory { get; set; } = 6;
    /// <summary>Total flow samples wanted; BGP pair samples first, the rest is other traffic.</summary>
    public int FlowSamples { get; set; } = 20_000;
    public double JumboShare { get; set; } = 0.05;
    public double ExpandedShare { get; set; } = 0.3;
    /// <summary>Put exactly one flow sample in each datagram (for per-frame comparison with tshark).</summary>
    public bool OneSamplePerDatagram { get; set; }
}
