namespace PeeringHub.App.Components.Shared;

/// <summary>A network in a drop-down: id and "AS64500 Name".</summary>
public sealed record NetworkOption(int Id, string Label);
