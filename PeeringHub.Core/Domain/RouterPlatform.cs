namespace PeeringHub.Core.Domain;

/// <summary>Platform keys the router drivers register under.</summary>
public static class RouterPlatform
{
    public const string Bird2 = "bird2";
    public const string Frr = "frr";
    public static readonly IReadOnlyList<string> All = [Bird2, Frr];
}
