namespace PeeringHub.Routers.Service;

/// <summary>Settings of the router layer (bind from configuration section <c>Routers</c>).</summary>
public sealed class RouterOptions
{
    /// <summary>Folder for per-router known_hosts files, ControlMaster sockets and short-lived key files. Keep the path
    /// short: a Unix socket path must stay under 108 bytes and OpenSSH appends ~60 characters.</summary>
    public string DataDir { get; set; } = Path.Combine(Path.GetTempPath(), "peeringhub-routers");
    public string SshPath { get; set; } = "ssh";
    /// <summary>One multiplexed SSH connection per router (ControlMaster). Off: a fresh connection per call (benchmarks).</summary>
    public bool Multiplex { get; set; } = true;
    public string SshKeyscanPath { get; set; } = "ssh-keyscan";
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long an idle multiplexed connection stays open.</summary>
    public TimeSpan ControlPersist { get; set; } = TimeSpan.FromSeconds(120);
    /// <summary>Timeout of one read-only call (attempt).</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>
    /// Watch routers for state changes through the gate's <c>watch-states</c> and poll at once (see StateChangeHintService):
    /// polling every 2 s alone leaves a change unseen for up to 2 s. Off leaves interval polling only.
    /// </summary>
    public bool StateChangeHints { get; set; } = true;
    /// <summary>Timeout of one changing call; BIRD reconfiguration with many sessions takes a few seconds.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries for read-only calls only; changes are never retried blindly.</summary>
    public int ReadRetries { get; set; } = 2;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>BIRD: folder the main config includes session files from is the gate's business; the local transport
    /// uses <c>&lt;socket dir&gt;/peers.d</c>.</summary>
    public string BirdcPath { get; set; } = "/usr/sbin/birdc";
    public string BirdclPath { get; set; } = "/usr/sbin/birdcl";
    public string VtyshPath { get; set; } = "/usr/bin/vtysh";
}
