namespace PeeringHub.Tests.Routers;

/// <summary>Finds files in the test project's source tree, so fixtures need no copy-to-output entries in the shared csproj.</summary>
internal static class TestPaths
{
    public static string ProjectDir { get; } = Find();

    public static string Source(params string[] parts) => Path.Combine([ProjectDir, .. parts]);

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "PeeringHub.Tests.csproj"))) return d.FullName;
        throw new InvalidOperationException("PeeringHub.Tests.csproj not found above " + AppContext.BaseDirectory);
    }
}
