using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Reference.Ixf;

/// <summary>
/// Imports an IX-F member export into one Exchange: validate, preview (dry run), apply. Applying saves through the
/// DbContext, so every LAN/network/member change is audited under the current actor.
/// </summary>
public sealed class IxfImportService(PeeringHubDbContext db, IHttpClientFactory httpFactory, Inventory.ImportedEntityValidator validator)
{
    public const string HttpClientName = "ixf";
    /// <summary>The largest IX-F export fetched from a URL (the largest exchanges' exports are a few MB).</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>UTF-8, or what a byte-order mark says, as ReadAsStringAsync read it before.</summary>
    static string DecodeText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary><c>POST /api/exchanges/{id}/ixf-import?dryRun=</c> with the document as body.</summary>
    /// <param name="ixpId">Which <c>ixp_list</c> entry to import when the document lists several (default: the one whose
    /// peeringdb_id matches the exchange, or the only one).</param>
    /// <exception cref="KeyNotFoundException">no such exchange</exception>
    public async Task<IxfImportResult> ImportAsync(int exchangeId, string json, bool dryRun, int? ixpId = null, CancellationToken ct = default)
    {
        var exchange = await db.Exchanges.Include(e => e.Lans).ThenInclude(l => l.Members).ThenInclude(m => m.Network)
                           .FirstOrDefaultAsync(e => e.Id == exchangeId, ct)
                       ?? throw new KeyNotFoundException($"exchange {exchangeId} does not exist");
        var parsed = IxfParser.Parse(json);
        if (!parsed.IsValid) return IxfImportResult.Rejected(parsed.Errors);
        var doc = parsed.Document!;

        var ixp = ixpId is { } wanted ? doc.Ixps.FirstOrDefault(i => i.IxpId == wanted)
            : doc.Ixps.FirstOrDefault(i => exchange.PeeringDbId != null && i.PeeringDbId == exchange.PeeringDbId)
              ?? (doc.Ixps.Count == 1 ? doc.Ixps[0] : null);
        if (ixp is null)
            return IxfImportResult.Rejected([ixpId is null
                ? $"the document lists {doc.Ixps.Count} IXPs ({string.Join(", ", doc.Ixps.Select(i => $"{i.IxpId} {i.Shortname}"))}); choose one with ixpId"
                : $"ixp_id {ixpId} is not in the document"], doc.Version);

        var asns = doc.Members.Select(m => m.Asn).Distinct().ToList();
        var networks = await db.Networks.Where(n => asns.Contains(n.Asn)).ToDictionaryAsync(n => n.Asn, ct);
        var reconciler = new IxfReconciler(exchange, ixp, doc.Members, networks, apply: !dryRun);
        reconciler.Run();
        if (!dryRun)
        {
            // The API's validators judge what the document wrote; one invalid row rejects the whole import.
            var invalid = await validator.SaveAsync(ct);
            if (invalid.Count > 0) return IxfImportResult.Rejected(invalid, doc.Version);
        }
        else
            db.ChangeTracker.Clear(); // nothing of a preview may leak into a later save on this context
        return new IxfImportResult(true, [], doc.Version, ixp.IxpId, reconciler.Changes, Applied: !dryRun);
    }

    /// <summary>Fetches the export from an IXP's URL (e.g. IXP Manager's <c>/api/v4/member-export/ixf/1.0</c>) and imports it.</summary>
    public async Task<IxfImportResult> ImportFromUrlAsync(int exchangeId, Uri url, bool dryRun, int? ixpId = null, CancellationToken ct = default)
    {
        if (url.Scheme is not ("http" or "https"))
            return IxfImportResult.Rejected([$"{url}: only http and https URLs can be fetched"]);
        var http = httpFactory.CreateClient(HttpClientName);
        string json;
        try
        {
            using var resp = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!resp.IsSuccessStatusCode)
                return IxfImportResult.Rejected([$"GET {url}: HTTP {(int)resp.StatusCode} {resp.ReasonPhrase}"]);
            // Streamed and cut at the limit: a declared length could be absent or false.
            if (await BoundedContent.ReadAsync(resp.Content, MaxDocumentBytes, ct) is not { } bytes)
                return IxfImportResult.Rejected([$"GET {url}: document larger than {BoundedContent.Describe(MaxDocumentBytes)}"]);
            json = DecodeText(bytes);
        }
        catch (HttpRequestException ex)
        {
            return IxfImportResult.Rejected([$"GET {url}: {ex.Message}"]);
        }
        return await ImportAsync(exchangeId, json, dryRun, ixpId, ct);
    }
}
