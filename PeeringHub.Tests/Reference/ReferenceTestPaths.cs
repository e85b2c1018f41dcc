namespace PeeringHub.Tests.Reference;

/// <summary>Fixtures are read from the source tree (found upward from the test binary) so the shared csproj needs no copy rules.</summary>
internal static class ReferenceTestPaths
{
    public static string Fixtures(string area)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PeeringHub.sln")))
            dir = dir.Parent;
        if (dir is null) throw new DirectoryNotFoundException("PeeringHub.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "PeeringHub.Tests", "Reference", area, "Fixtures");
    }
}
