using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Inventory;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

/// <summary>
/// What sFlow detection can use, enforced where data comes in: an address is unique per exchange unless the LANs' VLANs
/// differ (two tags, or tagged vs. untagged); "untagged" and "any VLAN" are distinct kinds; each refusal says why.
/// </summary>
[Trait("Kind", "Unit")]
public class LanVlanRulesTests : IAsyncLifetime
{
    readonly TestDatabase database = new();
    int ixId, anyLan, v10, v20, untagged, noV6, peerId;

    public async Task InitializeAsync()
    {
        await using var db = database.NewContext();
        var (ix, lan, peer, _) = await Sample.InventoryAsync(db); // "LAN": any VLAN, 185.1.0.0/24
        PeeringLan Lan(string name, int? vlan, VlanMode mode, string? v6 = "2001:7f8:ffff::/64") =>
            new() { Exchange = ix, Name = name, VlanId = vlan, VlanMode = mode, Ipv4Prefix = "185.1.0.0/24", Ipv6Prefix = v6 };
        var l10 = Lan("V10", 10, VlanMode.Tagged);
        var l20 = Lan("V20", 20, VlanMode.Tagged);
        var lu = Lan("Untagged", null, VlanMode.Untagged);
        var l4 = Lan("V4only", 40, VlanMode.Tagged, v6: null);
        db.AddRange(l10, l20, lu, l4);
        db.Members.Add(new Member { Network = peer, PeeringLan = lan, Ipv4Address = "185.1.0.11" });
        db.Members.Add(new Member { Network = peer, PeeringLan = l10, Ipv4Address = "185.1.0.50" });
        await db.SaveChangesAsync();
        (ixId, anyLan, v10, v20, untagged, noV6, peerId) = (ix.Id, lan.Id, l10.Id, l20.Id, lu.Id, l4.Id, peer.Id);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    async Task<string[]> Errors<T>(T input, string field)
    {
        await using var scope = database.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<IValidator<T>>().ValidateAsync(input);
        return result.Errors.Where(e => e.PropertyName == field).Select(e => e.ErrorMessage).ToArray();
    }

    Task<string[]> MemberErrors(int lan, string ip) => Errors(new MemberInput { NetworkId = peerId, PeeringLanId = lan, Ipv4Address = ip }, "Ipv4Address");

    [Fact]
    public async Task The_same_address_on_two_different_vlans_is_allowed() =>
        Assert.Empty(await MemberErrors(v20, "185.1.0.50"));

    [Fact]
    public async Task Tagged_and_untagged_are_different_vlans() =>
        Assert.Empty(await MemberErrors(untagged, "185.1.0.50"));

    [Fact]
    public async Task The_same_address_next_to_an_any_vlan_lan_is_refused_with_the_reason()
    {
        var e = Assert.Single(await MemberErrors(v20, "185.1.0.11"));
        Assert.Contains("LAN 'LAN' of the same exchange", e);
        Assert.Contains("only allowed on LANs with different VLANs", e);
        Assert.Contains("sFlow detection tells them apart by VLAN", e);
    }

    [Fact]
    public async Task The_same_address_twice_on_one_vlan_is_refused()
    {
        await using (var db = database.NewContext())
        {
            db.PeeringLans.Add(new PeeringLan { ExchangeId = ixId, Name = "V10 again", VlanId = 10, VlanMode = VlanMode.Tagged, Ipv4Prefix = "185.1.0.0/24" });
            await db.SaveChangesAsync();
        }
        int again;
        await using (var db = database.NewContext()) again = db.PeeringLans.Single(l => l.Name == "V10 again").Id;
        Assert.Contains("only allowed on LANs with different VLANs", Assert.Single(await MemberErrors(again, "185.1.0.50")));
    }

    [Fact]
    public async Task A_member_address_on_a_lan_without_that_family_says_to_add_the_prefix()
    {
        var errors = await Errors(new MemberInput { NetworkId = peerId, PeeringLanId = noV6, Ipv6Address = "2001:7f8:ffff::9" }, "Ipv6Address");
        Assert.StartsWith("This LAN has no IPv6 prefix: add one to the LAN first", Assert.Single(errors));
    }

    [Theory]
    [InlineData(0, null, "VLAN 0 is not a VLAN tag: choose the Untagged kind")]
    [InlineData(null, VlanMode.Tagged, "A tagged LAN needs its VLAN id")]
    [InlineData(100, VlanMode.Untagged, "Leave the VLAN id empty for an untagged or any-VLAN LAN")]
    [InlineData(100, VlanMode.Any, "Leave the VLAN id empty for an untagged or any-VLAN LAN")]
    public async Task Vlan_kind_rules_say_why(int? vlanId, VlanMode? mode, string message)
    {
        var input = new PeeringLanInput { ExchangeId = ixId, Name = "New", VlanId = vlanId, VlanMode = mode, Ipv4Prefix = "185.9.0.0/24" };
        var field = mode is null ? "VlanId" : "VlanMode";
        Assert.Contains(await Errors(input, field), e => e.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_untagged_lan_is_stored_as_untagged_not_as_any()
    {
        var input = new PeeringLanInput { ExchangeId = ixId, Name = "U2", VlanMode = VlanMode.Untagged, Ipv4Prefix = "185.9.0.0/24" };
        Assert.Empty(await Errors(input, "VlanMode"));
        var lan = new PeeringLan();
        input.ApplyTo(lan, null!);
        Assert.Equal((VlanMode.Untagged, (int?)0), (lan.EffectiveVlanMode, lan.DetectionVlan));
        new PeeringLanInput { ExchangeId = ixId, Name = "A2", Ipv4Prefix = "185.9.0.0/24" }.ApplyTo(lan, null!);
        Assert.Equal((VlanMode.Any, (int?)null), (lan.EffectiveVlanMode, lan.DetectionVlan));
    }

    [Fact]
    public async Task Moving_a_lan_onto_the_vlan_of_a_lan_it_shares_addresses_with_is_refused()
    {
        await using (var db = database.NewContext())
        {
            db.Members.Add(new Member { NetworkId = peerId, PeeringLanId = v20, Ipv4Address = "185.1.0.50" });
            await db.SaveChangesAsync();
        }
        PeeringLan v20Lan;
        await using (var db = database.NewContext()) v20Lan = db.PeeringLans.Single(l => l.Id == v20);
        var input = PeeringLanInput.From(v20Lan);
        input.VlanId = 10;
        var e = Assert.Single(await Errors(input, "VlanId"));
        Assert.Contains("share address 185.1.0.50 with LAN 'V10'", e);
        input.VlanId = 30;
        Assert.Empty(await Errors(input, "VlanId"));
    }
}
