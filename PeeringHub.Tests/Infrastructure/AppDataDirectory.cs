using PeeringHub.App.Hosting;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>Removes what a test's app left on disk: its data directory and the short /tmp folder for its SSH sockets and keys.</summary>
public static class AppDataDirectory
{
    public static void Delete(string dataDirectory)
    {
        foreach (var dir in new[] { RouterRuntimeDirectory.For(dataDirectory), dataDirectory })
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
