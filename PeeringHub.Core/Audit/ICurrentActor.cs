namespace PeeringHub.Core.Audit;

/// <summary>The user (or system component) on whose behalf the current unit of work runs; audit entries record it.</summary>
public interface ICurrentActor
{
    string Name { get; }
}

/// <summary>An actor with a fixed name, for background services and tools.</summary>
public sealed class FixedActor(string name) : ICurrentActor
{
    public string Name { get; } = name;
    public static readonly FixedActor System = new("system");
}
