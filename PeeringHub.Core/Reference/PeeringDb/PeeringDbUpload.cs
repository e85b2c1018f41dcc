namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>One uploaded file: the name it came with, the endpoint it was read as, and its bytes.</summary>
public sealed record PeeringDbUpload(string FileName, string Endpoint, ReadOnlyMemory<byte> Json)
{
    /// <summary>
    /// The endpoint a file holds, from its name as saved from the API (<c>net.json</c>, <c>netixlan.json</c>) or, failing
    /// that, from the form field it was sent in (<c>-F netixlan=@dump.json</c>). Null when neither names a known endpoint.
    /// </summary>
    public static string? EndpointOf(string? fileName, string? fieldName)
    {
        static string? Known(string? name) =>
            name is { Length: > 0 } && PdbEndpoints.All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)) is { } e
                ? e.Name : null;
        var stem = fileName is null ? null : Path.GetFileNameWithoutExtension(Path.GetFileName(fileName.Replace('\\', '/')));
        return Known(stem) ?? Known(fieldName);
    }
}
