using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Core.Users;

/// <summary>Personal API tokens: created once in clear, stored as a SHA-256 hash, revocable.</summary>
public sealed class ApiTokenService(PeeringHubDbContext db, TimeProvider clock)
{
    const string Scheme = "ph_";

    public sealed record Created(ApiToken Token, string Plaintext);

    public async Task<Created> CreateAsync(string userId, string name, CancellationToken ct = default) =>
        await CreateWithValueAsync(userId, name, Scheme + Base64UrlToken(32), ct);

    /// <summary>For bootstrap automation: a token whose value the operator chose in configuration.</summary>
    public async Task<Created> CreateWithValueAsync(string userId, string name, string plaintext, CancellationToken ct = default)
    {
        if (plaintext.Length < 20) throw new ArgumentException("An API token must be at least 20 characters long.", nameof(plaintext));
        var token = new ApiToken
        {
            UserId = userId, Name = name.Trim(), Prefix = plaintext[..Math.Min(10, plaintext.Length)], TokenHash = Hash(plaintext),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        db.AuditEntries.Add(new AuditEntry { At = token.CreatedAt, User = db.ActorName, Action = "CreateApiToken", ObjectType = nameof(ApiToken), ObjectName = token.Name, After = System.Text.Json.JsonSerializer.Serialize(new { token.Prefix, UserId = userId }) });
        await db.SaveChangesAsync(ct);
        return new Created(token, plaintext);
    }

    /// <summary>The active token's user, or null for unknown or revoked tokens.</summary>
    public async Task<AppUser?> AuthenticateAsync(string plaintext, CancellationToken ct = default)
    {
        var hash = Hash(plaintext);
        var token = await db.ApiTokens.Include(t => t.User).FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null, ct);
        if (token is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        // A locked (or admin-disabled) user's tokens stop working with their sign-in.
        if (token.User is { LockoutEnd: { } until } && until > clock.GetUtcNow()) return null;
        // Recording every use would write on every API call; once a minute tells users enough about which tokens are alive.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(ct);
        }
        return token.User;
    }

    public Task<List<ApiToken>> ListAsync(string userId, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, ct);
        if (token is null) return false;
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(new AuditEntry { At = token.RevokedAt.Value, User = db.ActorName, Action = "RevokeApiToken", ObjectType = nameof(ApiToken), ObjectId = token.Id.ToString(), ObjectName = token.Name });
        await db.SaveChangesAsync(ct);
        return true;
    }

    static string Hash(string plaintext) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(plaintext)));

    static string Base64UrlToken(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
