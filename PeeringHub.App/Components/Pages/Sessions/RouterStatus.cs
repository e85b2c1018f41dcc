namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>A router's polling health as the board's toolbar shows it.</summary>
public sealed record RouterStatus(int Id, string Name, bool Enabled, DateTime? LastPolledAt, bool? Reachable, string? LastError, string Platform = "");
