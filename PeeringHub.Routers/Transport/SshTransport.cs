using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Transport;

/// <summary>
/// The system OpenSSH client, one multiplexed connection per router identity (ControlMaster/ControlPersist), BatchMode,
/// and strict host-key checking against a known_hosts file we write from the operator-accepted key only.
/// The private key lives in a 0600 file for the duration of one call and is deleted right after.
/// </summary>
internal sealed class SshTransport(RouterTarget target, RouterOptions options) : IRouterTransport, IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, byte> OpenMasters = new();
    private readonly string _alias = $"router-{target.Id}";

    public async Task<CommandResult> RunAsync(RouterCommand command, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(target.HostKey))
            throw new RouterException(RouterErrorKind.HostKeyNotAccepted, $"{target.Name}: no host key accepted yet; fetch and accept it first");
        if (string.IsNullOrWhiteSpace(target.PrivateKey))
            throw new RouterException(RouterErrorKind.AuthenticationFailed, $"{target.Name}: no SSH private key stored");
        var knownHosts = WriteKnownHosts();
        var keyFile = WriteKeyFile();
        try
        {
            var controlPath = ControlPath();
            var args = BaseArgs(knownHosts, controlPath);
            args.InsertRange(0, ["-i", keyFile]);
            args.AddRange(["--", target.Address, ShellQuote.Join(command.Args)]);
            var result = await ProcessRunner.RunAsync(options.SshPath, args, command.Stdin, ct);
            if (options.Multiplex) OpenMasters.TryAdd(controlPath, 0);
            if (result.ExitCode == 255) throw Classify(result.Stderr);
            return result;
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    /// <summary>Closes this router's multiplexed connection (also the ones of earlier identities).</summary>
    public async ValueTask DisposeAsync()
    {
        // masters are tracked process-wide (the factory makes a transport per call); only this data dir's, this router's
        var prefix = Path.Combine(Path.GetFullPath(options.DataDir), "cm", _alias + "-");
        foreach (var path in OpenMasters.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            if (!File.Exists(path)) { OpenMasters.TryRemove(path, out _); continue; }
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var r = await ProcessRunner.RunAsync(options.SshPath,
                ["-F", "/dev/null", "-o", $"ControlPath={path}", "-O", "exit", target.Address], null, cts.Token);
            OpenMasters.TryRemove(path, out _);
            _ = r; // "Exit request sent." or "No such file": either way the master is gone
        }
    }

    private List<string> BaseArgs(string knownHosts, string controlPath) =>
    [
        .. options.Multiplex
            ? new[] { "-o", "ControlMaster=auto", "-o", $"ControlPath={controlPath}", "-o", $"ControlPersist={(int)options.ControlPersist.TotalSeconds}" }
            : ["-o", "ControlMaster=no", "-o", "ControlPath=none"],
        "-F", "/dev/null", // ignore ~/.ssh/config: nothing but what we set here
        "-p", target.SshPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "-l", target.SshUser,
        "-o", "BatchMode=yes",
        "-o", "IdentitiesOnly=yes",
        "-o", "IdentityAgent=none",
        "-o", "StrictHostKeyChecking=yes",
        "-o", $"UserKnownHostsFile={knownHosts}",
        "-o", "GlobalKnownHostsFile=/dev/null",
        "-o", $"HostKeyAlias={_alias}",
        "-o", $"HostKeyAlgorithms={HostKeyAlgorithms(target.HostKey!)}",
        "-o", $"ConnectTimeout={(int)options.ConnectTimeout.TotalSeconds}",
        "-o", "ServerAliveInterval=10",
        "-o", "LogLevel=ERROR",
    ];

    // A new key, host key or address gets a new master: a running master would otherwise skip the host-key check.
    private string ControlPath()
    {
        var identity = $"{target.Address}|{target.SshPort}|{target.SshUser}|{target.HostKey}|{target.PrivateKey}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12].ToLowerInvariant();
        var dir = Directory.CreateDirectory(Path.Combine(options.DataDir, "cm"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return Path.Combine(dir.FullName, $"{_alias}-{hash}");
    }

    private string WriteKnownHosts()
    {
        var dir = Directory.CreateDirectory(Path.Combine(options.DataDir, "known_hosts"));
        var path = Path.Combine(dir.FullName, _alias);
        var line = $"{_alias} {HostKeys.Normalize(target.HostKey!)}\n";
        if (!File.Exists(path) || File.ReadAllText(path) != line) File.WriteAllText(path, line);
        return path;
    }

    private string WriteKeyFile()
    {
        var dir = Directory.CreateDirectory(Path.Combine(options.DataDir, "keys"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var path = Path.Combine(dir.FullName, $"{_alias}-{Guid.NewGuid():N}");
        var fso = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite, // 0600 from creation, never readable by others
        };
        using (var w = new StreamWriter(path, Encoding.ASCII, fso))
        {
            var key = target.PrivateKey!.Replace("\r\n", "\n");
            w.Write(key.EndsWith('\n') ? key : key + "\n"); // OpenSSH rejects a key without the final newline
        }
        return path;
    }

    private static string HostKeyAlgorithms(string hostKey) => HostKeys.Type(hostKey) switch
    {
        "ssh-rsa" => "rsa-sha2-512,rsa-sha2-256,ssh-rsa",
        var t => t,
    };

    private RouterException Classify(string stderr)
    {
        var e = stderr.Trim();
        if (e.Contains("REMOTE HOST IDENTIFICATION HAS CHANGED", StringComparison.Ordinal) || e.Contains("Host key verification failed", StringComparison.Ordinal))
            return new(RouterErrorKind.HostKeyMismatch,
                $"{target.Name}: the router's host key does not match the accepted key {HostKeys.Fingerprint(target.HostKey!)}; connection refused. ssh: {LastLine(e)}");
        if (e.Contains("Permission denied", StringComparison.Ordinal))
            return new(RouterErrorKind.AuthenticationFailed, $"{target.Name}: SSH authentication failed for user '{target.SshUser}': {LastLine(e)}");
        if (e.Contains("timed out", StringComparison.OrdinalIgnoreCase))
            return new(RouterErrorKind.Timeout, $"{target.Name}: {LastLine(e)}");
        return new(RouterErrorKind.Unreachable, $"{target.Name}: {(e.Length == 0 ? "ssh failed without a message" : LastLine(e))}");
    }

    private static string LastLine(string s) => s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? s;
}
