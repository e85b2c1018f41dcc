using PeeringHub.Core.Settings;

namespace PeeringHub.App.Hosting;

/// <summary>Resolves the data directory (database, keys, known_hosts) and the default connection string inside it.</summary>
public static class DataDirectory
{
    public static string Resolve(IConfiguration config, IHostEnvironment env)
    {
        var configured = config[$"{PeeringHubOptions.Section}:{nameof(PeeringHubOptions.DataDirectory)}"] ?? "data";
        var path = Path.IsPathRooted(configured) ? configured : Path.Combine(env.ContentRootPath, configured);
        PrivateFiles.CreateFolder(path);
        return path;
    }

    public static string ConnectionString(IConfiguration config, string dataDirectory) =>
        config.GetConnectionString("Default") is { Length: > 0 } cs ? cs : $"Data Source={Path.Combine(dataDirectory, "peeringhub.db")}";

    /// <summary>
    /// A SQLite database file is made (or created empty) 0600 before SQLite opens it; SQLite gives its -wal and -shm files the
    /// database file's mode. In-memory and non-file connection strings are left alone.
    /// </summary>
    public static void RestrictDatabaseFile(string connectionString)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return;
        foreach (var file in new[] { source, source + "-wal", source + "-shm" })
            if (file == source || File.Exists(file)) PrivateFiles.Restrict(file);
    }
}
