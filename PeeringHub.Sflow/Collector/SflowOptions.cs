namespace PeeringHub.Sflow.Collector;

/// <summary>Settings bound from <c>PeeringHub:Sflow</c>.</summary>
public sealed class SflowOptions
{
    public const string Section = "PeeringHub:Sflow";

    public bool Enabled { get; set; } = true;
    /// <summary>UDP port; 6343 is sFlow's registered port.</summary>
    public int Port { get; set; } = 6343;
    /// <summary>Address to bind; default "::" (dual-stack: IPv4 and IPv6). Use "127.0.0.1" for loopback-only tests.</summary>
    public string BindAddress { get; set; } = "::";
    /// <summary>Agents (UDP source addresses) accepted; empty accepts all.</summary>
    public List<string> AgentAllowList { get; set; } = [];
    /// <summary>How often aggregated pairs are written to the database; a crash loses at most this much.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>How often the member directory is reloaded from the database.</summary>
    public TimeSpan DirectoryRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How often <c>PairsChanged</c> is raised for live pages.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>"Peers bilaterally" means detected within this many days (IXP Manager's lookback).</summary>
    public int WindowDays { get; set; } = 28;
    /// <summary>Requested SO_RCVBUF; the kernel caps it at net.core.rmem_max (the effective size is logged).</summary>
    public int ReceiveBufferBytes { get; set; } = 32 * 1024 * 1024;
}
