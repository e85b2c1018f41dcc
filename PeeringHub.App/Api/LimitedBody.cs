namespace PeeringHub.App.Api;

/// <summary>
/// Reads a request body as text up to a limit, so an oversized upload is a clear 413 and never a buffer the size of whatever
/// was sent (Kestrel's own limit is not there behind every server, e.g. the in-process test server).
/// </summary>
public static class LimitedBody
{
    /// <summary>Kestrel's default MaxRequestBodySize: one rule whether Kestrel or this reader sees the excess first.</summary>
    public const long DefaultMaxBytes = 30_000_000;

    /// <summary>The body as text (BOM-aware, UTF-8 otherwise), or null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer);
        return await reader.ReadToEndAsync(ct);
    }

    public static IResult TooLarge(long maxBytes) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
        detail: $"The body is larger than {maxBytes / 1_000_000} MB, the most this endpoint accepts.");
}
