namespace PeeringHub.Core.Domain;

/// <summary>Common shape of every editable object: an id, an optimistic-concurrency version and who changed it last.</summary>
public abstract class EntityBase
{
    public int Id { get; set; }

    /// <summary>Concurrency token, renewed on every save; a stale editor's save fails instead of overwriting.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
