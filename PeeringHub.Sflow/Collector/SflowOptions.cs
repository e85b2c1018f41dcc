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
    /// <summary>
    /// Agents (UDP source addresses) accepted. Required in Production: while it is empty there, no datagram is accepted (forged
    /// sFlow would otherwise put fake peers into the peering manager) unless <see cref="AcceptAnyAgent"/> is set. Elsewhere
    /// empty accepts all, with a warning on the sFlow page.
    /// </summary>
    public List<string> AgentAllowList { get; set; } = [];
    /// <summary>Accept datagrams from any sender even in Production (for a collector port only the switches can reach).</summary>
    public bool AcceptAnyAgent { get; set; }
    /// <summary>On the demo database only: run the demo's sFlow sender (a simulated switch on loopback). Off for a demo whose
    /// collector should see only real agents.</summary>
    public bool DemoSender { get; set; } = true;
    /// <summary>
    /// Agents inside this process (the demo sender's loopback address), accepted besides <see cref="AgentAllowList"/>. Filled by
    /// the app in the demo, not read from configuration; the allow-list and its warnings stay what the operator configured.
    /// </summary>
    internal List<string> DemoAgents { get; } = [];
    /// <summary>How often aggregated pairs are written to the database; a crash loses at most this much.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>
    /// Safety reload of the member directory for changes made outside the app; changes made through it (API, forms, importers)
    /// reload it at once.
    /// </summary>
    public TimeSpan DirectoryRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How long TCP/179 samples of unknown addresses wait to be credited to a member created meanwhile.</summary>
    public TimeSpan PendingWindow { get; set; } = TimeSpan.FromMinutes(10);
    /// <summary>How often <c>PairsChanged</c> is raised for live pages.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>"Peers bilaterally" means detected within this many days (IXP Manager's lookback).</summary>
    public int WindowDays { get; set; } = 28;
    /// <summary>Requested SO_RCVBUF; the kernel caps it at net.core.rmem_max (the effective size is logged).</summary>
    public int ReceiveBufferBytes { get; set; } = 32 * 1024 * 1024;
}
