namespace PeeringHub.Core.Domain;

/// <summary>Who did what to which object, when, with the values before and after (secrets masked).</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string User { get; set; } = "";
    /// <summary>Create, Update, Delete, or an action name such as AdminDown or RevealSecret.</summary>
    public string Action { get; set; } = "";
    public string ObjectType { get; set; } = "";
    public string? ObjectId { get; set; }
    public string? ObjectName { get; set; }
    /// <summary>JSON of the changed properties before; null on create.</summary>
    public string? Before { get; set; }
    /// <summary>JSON of the changed properties after; null on delete.</summary>
    public string? After { get; set; }
}
