using Microsoft.Data.Sqlite;

namespace PeeringHub.Tests.Infrastructure;

/// <summary>
/// A private in-memory SQLite database that many contexts open at once, each on its own connection, as the app's file
/// database is opened. One shared <see cref="SqliteConnection"/> for every context is not safe once a background service
/// (poller, collector, sender) works while the test reads: SQLite connections are not thread-safe, and a context created
/// while another runs a statement fails with "unable to delete/modify user-function due to active statements".
/// </summary>
public sealed class SharedMemoryDatabase : IAsyncDisposable
{
    // Keeps the database alive between contexts: a shared-cache memory database lives while one connection to it is open.
    readonly SqliteConnection keepAlive;

    public string ConnectionString { get; }

    public SharedMemoryDatabase()
    {
        // No pooling: a pooled connection would outlive the test and keep its database in memory.
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"peeringhub-test-{Guid.NewGuid():N}", Mode = SqliteOpenMode.Memory, Cache = SqliteCacheMode.Shared, Pooling = false,
        }.ToString();
        keepAlive = new SqliteConnection(ConnectionString);
        keepAlive.Open();
    }

    public ValueTask DisposeAsync() => keepAlive.DisposeAsync();
}
