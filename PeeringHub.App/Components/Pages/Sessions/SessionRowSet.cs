using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// One load of every session's board row, in the board's order (router, ASN, IP), shared by all open boards. A state
/// change swaps the affected row for a new one in place; sessions created, deleted or edited make a new set.
/// The array is read while it is written: an array's enumerator has no version check, and each element is a whole row.
/// </summary>
public sealed class SessionRowSet
{
    readonly SessionRow[] rows;
    readonly Dictionary<int, int> indexById;
    readonly int[] counts = new int[Enum.GetValues<StateBucket>().Length];

    public SessionRowSet(SessionRow[] rows)
    {
        this.rows = rows;
        indexById = new Dictionary<int, int>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            indexById[rows[i].Id] = i;
            counts[(int)rows[i].Bucket]++;
        }
    }

    public IReadOnlyList<SessionRow> Rows => rows;

    public bool Contains(int id) => indexById.ContainsKey(id);

    public SessionRow? Find(int id) => indexById.TryGetValue(id, out var i) ? rows[i] : null;

    /// <summary>Sessions per state bucket over every row.</summary>
    public int Count(StateBucket bucket) => Volatile.Read(ref counts[(int)bucket]);

    /// <summary>Applies one change; the caller serialises writers. False when the session is not in this set.</summary>
    internal bool Apply(SessionStateChanged change, DateTime now)
    {
        if (!indexById.TryGetValue(change.SessionId, out var i)) return false;
        var old = rows[i];
        var row = old.With(change, now);
        Volatile.Write(ref rows[i], row);
        Interlocked.Decrement(ref counts[(int)old.Bucket]);
        Interlocked.Increment(ref counts[(int)row.Bucket]);
        return true;
    }
}
