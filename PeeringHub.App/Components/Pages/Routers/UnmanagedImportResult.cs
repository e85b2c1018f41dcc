namespace PeeringHub.App.Components.Pages.Routers;

/// <summary>What importing one unmanaged session gave: imported, or why not (the validator's words).</summary>
public sealed record UnmanagedImportResult(string PeerIp, long? PeerAsn, bool Imported, string Text);
