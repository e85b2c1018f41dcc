using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;

namespace PeeringHub.Tests.Reference;

/// <summary>An in-memory SQLite database kept alive by one open connection, migrated with the real migrations.</summary>
internal sealed class ReferenceTestDb : IDisposable
{
    public SqliteConnection Connection { get; } = new("Data Source=:memory:");

    public ReferenceTestDb()
    {
        Connection.Open();
        using var db = NewContext();
        db.Database.Migrate();
    }

    public DbContextOptions<PeeringHubDbContext> Options =>
        new DbContextOptionsBuilder<PeeringHubDbContext>().UseSqlite(Connection).Options;

    public PeeringHubDbContext NewContext(string actor = "test") => new(Options, new FixedActor(actor));

    public void Dispose() => Connection.Dispose();
}
