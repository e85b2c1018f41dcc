namespace PeeringHub.Core.Domain;

/// <summary>How the app reaches a router's CLI.</summary>
public enum RouterTransport
{
    /// <summary>SSH (SSH.NET): one kept-open connection per router.</summary>
    Ssh = 0,
    /// <summary>The router's control socket on this host (development and the lab).</summary>
    Local = 1,
    /// <summary>No device: the demo's simulated router answers in-process (only with a simulated platform).</summary>
    Simulated = 2,
}
