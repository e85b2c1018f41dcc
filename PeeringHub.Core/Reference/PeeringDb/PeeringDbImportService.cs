using System.Text.Json;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>
/// The PeeringDB file import as users reach it (API and page): checks the upload (size, one file per endpoint), runs the same
/// import the sync uses (<see cref="PeeringDbSyncService.ImportFilesAsync"/>: every file parsed before anything is written), and
/// audits every attempt with the files, the counts and the outcome.
/// </summary>
public sealed class PeeringDbImportService(PeeringHubDbContext db, PeeringDbSyncService sync, IOptions<PeeringDbOptions> options, TimeProvider clock)
{
    public long MaxBytes => options.Value.MaxImportBytes;

    /// <param name="replace">Each file is a complete dump of its endpoint: rows missing from it are removed (as a full sync does).</param>
    public async Task<PeeringDbImportOutcome> ImportAsync(IReadOnlyList<PeeringDbUpload> uploads, bool replace = true, CancellationToken ct = default)
    {
        var (rejected, tooLarge) = Check(uploads);
        PeeringDbSyncResult? result = null;
        if (rejected is null)
        {
            try
            {
                result = await sync.ImportFilesAsync(uploads.Select(u => new PeeringDbFile(u.Endpoint, u.Json)).ToList(), replace, ct);
            }
            catch (PeeringDbFormatException ex)
            {
                rejected = ex.Message;
            }
        }
        await AuditAsync(uploads, replace, result, rejected, ct);
        return new PeeringDbImportOutcome(result, rejected, tooLarge);
    }

    (string? Why, bool TooLarge) Check(IReadOnlyList<PeeringDbUpload> uploads)
    {
        if (uploads.Count == 0)
            return ("No file: send one PeeringDB API dump per object type, named after it (net.json, ix.json, ixlan.json, ixpfx.json, netixlan.json, poc.json, …).", false);
        var total = uploads.Sum(u => (long)u.Json.Length);
        if (total > MaxBytes)
            return ($"The files hold {total:N0} bytes, more than the {MaxBytes:N0} allowed (PeeringHub:PeeringDb:MaxImportBytes).", true);
        var twice = uploads.GroupBy(u => u.Endpoint).FirstOrDefault(g => g.Count() > 1);
        return (twice is null ? null : $"Two files for '{twice.Key}' ({string.Join(", ", twice.Select(u => u.FileName))}); send one per object type.", false);
    }

    async Task AuditAsync(IReadOnlyList<PeeringDbUpload> uploads, bool replace, PeeringDbSyncResult? result, string? rejected, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = "ImportPeeringDb", ObjectType = "PeeringDb",
            ObjectName = string.Join(", ", uploads.Select(u => u.Endpoint)),
            After = JsonSerializer.Serialize(new
            {
                Files = uploads.Select(u => new { u.FileName, u.Endpoint, Bytes = u.Json.Length }),
                Replace = replace,
                Success = result?.Success == true,
                Upserted = result?.Endpoints.Sum(e => e.Upserted) ?? 0,
                Deleted = result?.Endpoints.Sum(e => e.Deleted) ?? 0,
                Errors = rejected is null ? result?.Errors ?? [] : [rejected],
            }),
        });
        await db.SaveChangesAsync(ct);
    }
}
