namespace PeeringHub.Tests.Infrastructure;

/// <summary>Where the repository, the built app and the test output folder are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string AppDirectory => Path.Combine(Root, "PeeringHub.App");

    public static string AppExecutable
    {
        get
        {
            // The test assembly and the app are built with the same configuration and framework (bin/<cfg>/<tfm>/linux-x64).
            var rid = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            var tfm = rid.Parent!.Name;
            var config = rid.Parent!.Parent!.Name;
            return Path.Combine(AppDirectory, "bin", config, tfm, rid.Name, "PeeringHub.App");
        }
    }

    public static string OutputDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("TEST_OUTPUT_DIR") is { Length: > 0 } d ? d : Path.Combine(Root, "test-output");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PeeringHub.sln"))) return dir.FullName;
        throw new InvalidOperationException("PeeringHub.sln not found above " + AppContext.BaseDirectory);
    }
}
