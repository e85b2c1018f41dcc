namespace PeeringHub.Core.Reference;

/// <summary>
/// Reads an HTTP answer from an outside source (PeeringDB, an IXP's IX-F export) into memory, but never more than a limit:
/// a declared length over it is refused before reading, an undeclared one is cut while streaming. A server cannot make the
/// app allocate whatever it sends.
/// </summary>
public static class BoundedContent
{
    /// <summary>The body, or null when it is (or declares to be) longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes) return null;
        await using var body = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream(content.Headers.ContentLength is { } n ? (int)Math.Min(n, int.MaxValue) : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>"64 MB", "4.5 MB": a limit as people read it.</summary>
    public static string Describe(long bytes) => $"{bytes / (1024 * 1024.0):0.#} MB";
}
