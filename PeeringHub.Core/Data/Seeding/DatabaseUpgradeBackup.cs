using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PeeringHub.Core.Data.Seeding;

/// <summary>
/// Copies a SQLite database before migrations change it. Some of our migrations rebuild tables outside a transaction (SQLite
/// cannot alter a column in place), so a start stopped in the middle of one leaves a half-migrated database; the copy is what
/// the operator restores. A new database has nothing to lose and is not copied.
/// </summary>
public static class DatabaseUpgradeBackup
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>The backup's path, made now or kept from an earlier start; null when nothing needed one.</summary>
    public static async Task<(string Path, bool Kept, IReadOnlyList<string> Pending)?> CreateAsync(PeeringHubDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return null;
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any()) return null;
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) return null;
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase)) return null;

        var path = $"{Path.GetFullPath(source)}.before-{pending[^1]}.bak";
        // An earlier start that stopped mid-migration made this copy of the untouched database: it must not be replaced by a
        // copy of the half-migrated one. The copy gets its name only once complete, so a name that exists is a whole copy.
        if (File.Exists(path)) return (path, true, pending);
        var partial = path + ".partial";
        File.Delete(partial);
        // The copy holds what the database holds (password hashes, encrypted secrets): created 0600 before SQLite writes it.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using (new FileStream(partial, options)) { }
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {partial}", ct);
        File.Move(partial, path);
        return (path, false, pending);
    }
}
