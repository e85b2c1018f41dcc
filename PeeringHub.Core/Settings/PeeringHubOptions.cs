using System.ComponentModel.DataAnnotations;

namespace PeeringHub.Core.Settings;

/// <summary>Top-level settings under "PeeringHub" (see README for every key).</summary>
public sealed class PeeringHubOptions
{
    public const string Section = "PeeringHub";

    /// <summary>Where the database, Data Protection keys and known_hosts live; relative paths are under the content root.</summary>
    [Required] public string DataDirectory { get; set; } = "data";

    /// <summary>Seed the demo data set into an empty database.</summary>
    public bool SeedDemo { get; set; } = true;

    public BootstrapOptions Bootstrap { get; set; } = new();

    /// <summary>How often the poller reads every enabled router.</summary>
    [Range(typeof(TimeSpan), "00:00:00.200", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many routers the background poller reads at the same time, at most (interval polls and state-change hints).</summary>
    [Range(1, 256)]
    public int PollParallelism { get; set; } = 8;

    public LocalTransportOptions LocalTransport { get; set; } = new();

    /// <summary>Render the session board once at start (in-process, anonymous, HTML dropped), so the first visit after a
    /// restart does not pay for first-use costs; about 0.3 s of one core, once.</summary>
    public bool WarmUpBoard { get; set; } = true;

    /// <summary>
    /// Accept routers on this machine's loopback address over SSH (a lab whose sshd listens on 127.0.0.1). Off by default: an
    /// operator could otherwise point SSH at services of the app's own host, which the Local transport already covers with its
    /// allowed folder.
    /// </summary>
    public bool AllowLoopbackRouters { get; set; }
}

/// <summary>
/// The Local transport talks to a control socket on this machine with the app's own rights, so it is off unless enabled, and
/// then limited to sockets under <see cref="AllowedFolder"/> (security finding 7: any absolute path, e.g. /var/run/docker.sock,
/// was accepted, and the errors told which files exist). For a router on the same host, e.g. a lab or a route server.
/// </summary>
public sealed class LocalTransportOptions
{
    public bool Enabled { get; set; }

    /// <summary>Absolute folder the control sockets must be in (sub-folders allowed).</summary>
    public string AllowedFolder { get; set; } = "/run/peeringhub";

    /// <summary>Whether <paramref name="path"/> may be used: enabled, absolute, no "..", and inside <see cref="AllowedFolder"/>.</summary>
    public bool Allows(string path)
    {
        if (!Enabled || !Path.IsPathFullyQualified(path) || path.Split('/').Contains("..")) return false;
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(AllowedFolder)) + "/";
        return Path.GetFullPath(path).StartsWith(folder, StringComparison.Ordinal);
    }

    /// <summary>Why a path is refused: one message whatever the path, so the answer does not tell which files exist.</summary>
    public string Refusal => Enabled
        ? $"The control socket must be under {AllowedFolder}."
        : "The Local transport is not enabled on this server (PeeringHub:LocalTransport:Enabled).";
}

public sealed class BootstrapOptions
{
    /// <summary>Password of the first "admin" user; empty = a random one printed once to the console.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>When set, an admin API token with this value is created on first start (for automation).</summary>
    public string? ApiToken { get; set; }
}
