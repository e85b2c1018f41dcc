using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.PeeringManager;

/// <summary>
/// The effective peering-manager settings: the database row when an admin saved one, else configuration.
/// Cached because the menu asks on every render; saving through here refreshes the cache. Callers get copies.
/// </summary>
public sealed class PeeringManagerSettingsStore(IServiceScopeFactory scopes, IOptions<PeeringManagerOptions> options, ISecretProtector secrets)
{
    volatile PeeringManagerSettings? cached;

    public PeeringManagerOptions Options => options.Value;

    public async Task<PeeringManagerSettings> GetAsync(CancellationToken ct = default)
    {
        if (cached is { } hit) return hit.Copy();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var row = await db.PeeringManagerSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == PeeringManagerSettings.SingletonId, ct);
        cached = row ?? options.Value.ToSettings();
        return cached.Copy();
    }

    /// <summary>Saves the values (audited as the db's actor). A null <paramref name="newSmtpPassword"/> keeps the stored one; "" clears it.</summary>
    public async Task SaveAsync(PeeringHubDbContext db, PeeringManagerSettings values, string? newSmtpPassword, CancellationToken ct = default)
    {
        var row = await db.PeeringManagerSettings.FirstOrDefaultAsync(s => s.Id == PeeringManagerSettings.SingletonId, ct);
        if (row is null)
        {
            row = new PeeringManagerSettings { Id = PeeringManagerSettings.SingletonId };
            db.PeeringManagerSettings.Add(row);
        }
        var keptPassword = row.SmtpPasswordProtected;
        db.Entry(row).CurrentValues.SetValues(values);
        row.Id = PeeringManagerSettings.SingletonId;
        row.SmtpPasswordProtected = newSmtpPassword switch
        {
            null => keptPassword,
            "" => null,
            _ => secrets.Protect(newSmtpPassword),
        };
        await db.SaveChangesAsync(ct);
        cached = null;
    }

    /// <summary>The template in force: the Settings page's text, else the configured file, else the built-in one.</summary>
    public string ResolveTemplate(PeeringManagerSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.RequestTemplate)) return settings.RequestTemplate;
        if (options.Value.TemplateFile is { Length: > 0 } file)
        {
            // Relative to the working directory, which is the content root when the app runs.
            var path = Path.GetFullPath(file);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        return Mail.DefaultTemplates.PeeringRequest;
    }
}
