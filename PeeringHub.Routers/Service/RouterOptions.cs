namespace PeeringHub.Routers.Service;

/// <summary>Settings of the router layer (bind from configuration section <c>Routers</c>).</summary>
public sealed class RouterOptions
{
    /// <summary>TCP connect + SSH handshake + authentication of one connection.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>SSH keepalive on each kept-open connection: a router that vanished is noticed between polls.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Channels open at once per router (the live CLI counts as one); more commands wait. Keep it at or below the
    /// router's sshd <c>MaxSessions</c> (10 by default): SSH.NET does not learn the server's limit, a channel above it fails.</summary>
    public int MaxChannels { get; set; } = 10;
    /// <summary>Reads on the poll path go through one interactive CLI per router (birdcl / vtysh) kept open, and BIRD admin
    /// batches through the gate's <c>serve</c>, where the router side allows them; off runs each as a command of its own.</summary>
    public bool LiveCli { get; set; } = true;
    /// <summary>Timeout of one read-only call (attempt).</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>
    /// Watch routers for state changes through the gate's <c>watch-states</c> and poll at once (see StateChangeHintService):
    /// polling every 2 s alone leaves a change unseen for up to 2 s. Off leaves interval polling only.
    /// </summary>
    public bool StateChangeHints { get; set; } = true;
    /// <summary>Timeout of one changing call; BIRD reconfiguration with many sessions takes a few seconds.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries for read-only calls only; changes are never retried blindly. Also the reconnect backoff: a lost
    /// connection is opened again by the next attempt, after an exponential delay with jitter.</summary>
    public int ReadRetries { get; set; } = 2;
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Local transport only (development, the lab): the router CLIs on this host.</summary>
    public string BirdPath { get; set; } = "/usr/sbin/bird";
    public string BirdcPath { get; set; } = "/usr/sbin/birdc";
    public string BirdclPath { get; set; } = "/usr/sbin/birdcl";
    public string VtyshPath { get; set; } = "/usr/bin/vtysh";
}
