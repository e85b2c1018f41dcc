namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>An offline file in the API envelope, e.g. the saved body of <c>/api/net?depth=0</c>.</summary>
public sealed record PeeringDbFile(string Endpoint, ReadOnlyMemory<byte> Json)
{
    /// <summary>All <c>&lt;endpoint&gt;.json</c> files of a folder whose name is a known endpoint.</summary>
    public static IReadOnlyList<PeeringDbFile> FromDirectory(string directory) =>
        PdbEndpoints.All
            .Select(e => Path.Combine(directory, e.Name + ".json"))
            .Where(File.Exists)
            .Select(p => new PeeringDbFile(Path.GetFileNameWithoutExtension(p), File.ReadAllBytes(p)))
            .ToList();
}
