namespace PeeringHub.Routers.Configuration;

/// <summary>What configuring a session would change: our rendering, what runs now, the line diff and the router's check.</summary>
public sealed record ConfigPreview(string Session, string Rendered, string? Running, IReadOnlyList<string> Diff, bool CheckPassed, string? CheckMessage);
