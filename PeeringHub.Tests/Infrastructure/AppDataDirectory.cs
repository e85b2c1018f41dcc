namespace PeeringHub.Tests.Infrastructure;

/// <summary>Removes what a test's app left on disk: its data directory (the SSH transport keeps nothing on disk).</summary>
public static class AppDataDirectory
{
    public static void Delete(string dataDirectory)
    {
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }
}
