using System.Security.Cryptography;
using System.Text;

namespace PeeringHub.App.Hosting;

/// <summary>
/// Where SSH ControlMaster sockets, generated known_hosts and short-lived key files go. A Unix socket path must stay
/// under 108 bytes and OpenSSH appends about 60, so this is a short folder in /tmp, one per data directory
/// (accepted host keys themselves live in the database).
/// </summary>
public static class RouterRuntimeDirectory
{
    public static string For(string dataDirectory)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..10].ToLowerInvariant();
        return Path.Combine(Path.GetTempPath(), "ph-" + hash);
    }
}
