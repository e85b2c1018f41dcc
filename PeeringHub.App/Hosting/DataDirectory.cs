using PeeringHub.Core.Settings;

namespace PeeringHub.App.Hosting;

/// <summary>Resolves the data directory (database, keys, known_hosts) and the default connection string inside it.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration config, IHostEnvironment env)
    {
        var configured = config[$"{PeeringHubOptions.Section}:{nameof(PeeringHubOptions.DataDirectory)}"] ?? "data";
        var path = Path.IsPathRooted(configured) ? configured : Path.Combine(env.ContentRootPath, configured);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string ConnectionString(IConfiguration config, string dataDirectory) =>
        config.GetConnectionString("Default") is { Length: > 0 } cs ? cs : $"Data Source={Path.Combine(dataDirectory, "peeringhub.db")}";
}
