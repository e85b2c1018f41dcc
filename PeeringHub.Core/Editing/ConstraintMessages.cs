namespace PeeringHub.Core.Editing;

/// <summary>Turns SQLite constraint errors into words an operator understands.</summary>
public static class ConstraintMessages
{
    public static string Describe(string sqliteMessage)
    {
        if (sqliteMessage.Contains("UNIQUE constraint failed: Sessions.RouterId, Sessions.PeerIp")) return "a session with this peer IP already exists on this router.";
        if (sqliteMessage.Contains("UNIQUE constraint failed")) return "an object with the same unique value already exists.";
        if (sqliteMessage.Contains("FOREIGN KEY constraint failed")) return "it is still referenced by other objects (or refers to one that does not exist).";
        if (sqliteMessage.Contains("CHECK constraint failed")) return "a value is outside its allowed range.";
        var raised = sqliteMessage.IndexOf("'", StringComparison.Ordinal);
        return raised >= 0 ? sqliteMessage[(raised + 1)..].Trim('\'', ' ', '.') + "." : sqliteMessage;
    }
}
