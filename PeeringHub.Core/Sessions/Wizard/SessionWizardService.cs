using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Inventory;

namespace PeeringHub.Core.Sessions.Wizard;

/// <summary>
/// The wizard's logic: turns its state into one <see cref="SessionInput"/> per address, validates a step with the same
/// <see cref="SessionInputValidator"/> the API uses (plus the few rules only the wizard's own fields have), and creates the
/// peer network (when new) and the sessions in one transaction through the audited <see cref="EntityEditor{TEntity,TInput}"/>,
/// which validates again: the browser is never the only guard.
/// </summary>
public sealed class SessionWizardService(
    PeeringHubDbContext db,
    IValidator<SessionInput> validator,
    EntityEditor<BgpSession, SessionInput> sessions,
    EntityEditor<Network, NetworkInput> networks, SessionCatalogFeed catalog)
{
    /// <summary>The sessions this state describes: one per address given (IPv4 and/or IPv6); with none, one input with an empty address so "required" is reported.</summary>
    public static IReadOnlyList<(int Family, SessionInput Input)> BuildInputs(WizardState s)
    {
        var addresses = new List<(int, string)>();
        if (!string.IsNullOrWhiteSpace(s.PeerIpv4)) addresses.Add((4, s.PeerIpv4.Trim()));
        if (!string.IsNullOrWhiteSpace(s.PeerIpv6)) addresses.Add((6, s.PeerIpv6.Trim()));
        if (addresses.Count == 0) addresses.Add((4, ""));
        return addresses.Select(a => (a.Item1, new SessionInput
        {
            Type = s.Type, RouterId = s.RouterId, PeeringLanId = s.PeeringLanId, PeerGroupId = s.PeerGroupId, PeerNetworkId = s.PeerNetworkId,
            PeerAsn = s.PeerAsn, PeerIp = a.Item2, LocalAsn = s.LocalAsn, Md5Password = string.IsNullOrEmpty(s.Md5Password) ? null : s.Md5Password,
            AsSetName = string.IsNullOrWhiteSpace(s.AsSetName) ? null : s.AsSetName.Trim(), Description = s.PeerName?.Trim(), Notes = s.Notes,
            MaxPrefix = a.Item1 == 6 ? s.MaxPrefixV6 : s.MaxPrefixV4, DesiredAdminState = AdminState.Up,
        })).ToList();
    }

    /// <summary>Errors of one step's fields by wizard field name (all fields for <see cref="WizardStep.Confirm"/>); empty when the step may be left.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(WizardState state, WizardStep step, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!WizardFields.Belongs(field, step)) return;
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            if (!list.Contains(message)) list.Add(message);
        }

        foreach (var (family, input) in BuildInputs(state))
        {
            var result = await validator.ValidateAsync(input, ct);
            foreach (var failure in result.Errors) Add(WizardFields.FromInput(failure.PropertyName, family), failure.ErrorMessage);
        }
        foreach (var (field, message) in await WizardOnlyRulesAsync(state, ct)) Add(field, message);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    /// <summary>Rules on fields a plain <see cref="SessionInput"/> does not have (two address boxes, the new peer's name, the local ASN list).</summary>
    async Task<List<(string Field, string Message)>> WizardOnlyRulesAsync(WizardState s, CancellationToken ct)
    {
        var found = new List<(string, string)>();
        if (!string.IsNullOrWhiteSpace(s.PeerIpv4) && IpPrefix.TryParseAddress(s.PeerIpv4.Trim(), out var v4) && IpPrefix.FamilyOf(v4) != 4)
            found.Add((nameof(WizardState.PeerIpv4), "Enter an IPv4 address here; IPv6 goes in the IPv6 field."));
        if (!string.IsNullOrWhiteSpace(s.PeerIpv6) && IpPrefix.TryParseAddress(s.PeerIpv6.Trim(), out var v6) && IpPrefix.FamilyOf(v6) != 6)
            found.Add((nameof(WizardState.PeerIpv6), "Enter an IPv6 address here; IPv4 goes in the IPv4 field."));
        if (s.PeerNetworkId is null && string.IsNullOrWhiteSpace(s.PeerName))
            found.Add((nameof(WizardState.PeerName), "Enter the peer's name; a new network is created for it."));
        if (s.PeerNetworkId is { } id && !await db.Networks.AnyAsync(n => n.Id == id, ct))
            found.Add((nameof(WizardState.PeerNetworkId), "This network no longer exists; look the peer up again."));
        if (s.LocalAsn is { } local && !await db.Networks.AnyAsync(n => n.IsOurs && n.Asn == local, ct)
            && !await db.Routers.AnyAsync(r => r.Id == s.RouterId && r.LocalAsn == local, ct))
            found.Add((nameof(WizardState.LocalAsn), "Pick the router's ASN or one of our networks' ASNs."));
        return found;
    }

    /// <summary>Validates everything again, then creates the peer network (if new) and every session, all or nothing.</summary>
    public async Task<WizardCreateResult> CreateAsync(WizardState state, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(state, WizardStep.Confirm, ct);
        if (errors.Count > 0) return new WizardCreateResult([], errors, "Please correct the highlighted fields.");

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var networkId = state.PeerNetworkId ?? await db.Networks.Where(n => n.Asn == state.PeerAsn).Select(n => (int?)n.Id).FirstOrDefaultAsync(ct);
        if (networkId is null)
        {
            var created = await networks.CreateAsync(new NetworkInput
            {
                Asn = state.PeerAsn, Name = state.PeerName!.Trim(), PeeringDbId = state.PeeringDbNetId, IrrAsSet = state.AsSetName,
                MaxPrefixV4 = state.MaxPrefixV4, MaxPrefixV6 = state.MaxPrefixV6,
            }, ct);
            if (!created.Succeeded) return await FailAsync(tx, created.Errors.ToDictionary(e => e.Key == nameof(NetworkInput.Name) ? nameof(WizardState.PeerName) : e.Key == nameof(NetworkInput.Asn) ? nameof(WizardState.PeerAsn) : e.Key, e => e.Value), created.Message, ct);
            networkId = created.Entity!.Id;
        }

        var ids = new List<int>();
        foreach (var (family, input) in BuildInputs(state))
        {
            input.PeerNetworkId = networkId;
            var result = await sessions.CreateAsync(input, ct);
            if (!result.Succeeded)
                return await FailAsync(tx, result.Errors.ToDictionary(e => WizardFields.FromInput(e.Key, family), e => e.Value), result.Message, ct);
            ids.Add(result.Entity!.Id);
        }
        await tx.CommitAsync(ct);
        catalog.Publish(); // open boards show the new sessions at once
        return new WizardCreateResult(ids, new Dictionary<string, string[]>(), null);
    }

    static async Task<WizardCreateResult> FailAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction tx, Dictionary<string, string[]> errors, string? message, CancellationToken ct)
    {
        // The network and any first session were saved inside this transaction; undo them with it.
        await tx.RollbackAsync(ct);
        return new WizardCreateResult([], errors, message ?? "Nothing was created.");
    }
}
