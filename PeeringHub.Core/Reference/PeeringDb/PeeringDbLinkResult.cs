namespace PeeringHub.Core.Reference.PeeringDb;

/// <summary>What a refresh of linked Networks/Exchanges changed; <see cref="Conflicts"/> explains skipped members.</summary>
public sealed record PeeringDbLinkResult(
    int NetworksUpdated,
    int ExchangesUpdated,
    int MembersAdded,
    int MembersUpdated,
    IReadOnlyList<string> Conflicts);
