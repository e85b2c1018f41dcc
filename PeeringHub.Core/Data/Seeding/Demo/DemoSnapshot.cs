using PeeringHub.Core.Reference.PeeringDb;

namespace PeeringHub.Core.Data.Seeding.Demo;

/// <summary>
/// The demo's offline reference data shipped in this assembly: a PeeringDB snapshot (one API envelope per endpoint, written by
/// <c>tools/demo/make-peeringdb-snapshot.py</c> from the seed's values) and an RPSL file of the demo AS-SETs and routes.
/// </summary>
public static class DemoSnapshot
{
    const string PeeringDbPrefix = "demo/peeringdb/";
    const string RpslName = "demo/irr/demo.rpsl";

    /// <summary>The snapshot's files in the shape the real file import takes.</summary>
    public static IReadOnlyList<PeeringDbFile> PeeringDbFiles()
    {
        var assembly = typeof(DemoSnapshot).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(PeeringDbPrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new PeeringDbFile(Path.GetFileNameWithoutExtension(n[PeeringDbPrefix.Length..]), Read(n)))
            .ToList();
    }

    public static string Rpsl() => System.Text.Encoding.UTF8.GetString(Read(RpslName));

    static byte[] Read(string name)
    {
        using var stream = typeof(DemoSnapshot).Assembly.GetManifestResourceStream(name)
                           ?? throw new InvalidOperationException($"demo resource '{name}' is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
