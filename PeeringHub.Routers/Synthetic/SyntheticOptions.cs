namespace PeeringHub.Routers.Synthetic;

/// <summary>
/// The generated in-process "router" used only by the board benchmark (section <c>Routers:Synthetic</c>).
/// Off by default; never registered unless <see cref="Enabled"/>.
/// </summary>
public sealed class SyntheticOptions
{
    public bool Enabled { get; set; }
    /// <summary>State flips per minute over all synthetic routers together.</summary>
    public double ChangesPerMinute { get; set; } = 1000;
    /// <summary>How many synthetic routers share that rate.</summary>
    public int Routers { get; set; } = 50;
    /// <summary>File the driver appends "peerIp,state,unixMs" to for every flip, so a benchmark can time delivery.</summary>
    public string? FlipLog { get; set; }
}
