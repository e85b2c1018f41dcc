using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Reference.Ixf;

namespace PeeringHub.Tests.Reference.Ixf;

[Trait("Kind", "Reference")]
public class IxfImportTests
{
    private static Task<IxfImportResult> Import(IxfHarness h, int exchangeId, string json, bool dryRun = false, int? ixpId = null) =>
        h.InScope<IxfImportResult, IxfImportService>(s => s.ImportAsync(exchangeId, json, dryRun, ixpId));

    [Fact]
    public async Task Version_1_0_creates_lan_networks_and_members()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        var r = await Import(h, id, IxfHarness.Fixture("ixf-1.0.json"));

        Assert.True(r.Valid, string.Join("\n", r.Errors));
        Assert.True(r.Applied);
        Assert.Equal("1.0", r.Version);
        Assert.Equal(
        [
            "100 AS64496 185.1.0.253 2001:7f8:ff::fd -",
            "100 AS64500 185.1.0.10 2001:7f8:ff::a rs",
            "100 AS64501 185.1.0.11  -",
            "100 AS64502 185.1.0.12 2001:7f8:ff::c rs",
            "100 AS64502 185.1.0.13  rs",
        ], await h.MembersAsync(id));
        await using var db = h.Db.NewContext();
        var lan = await db.PeeringLans.SingleAsync(l => l.ExchangeId == id);
        Assert.Equal(("Peering LAN", 100, "185.1.0.0/24", "2001:7f8:ff::/64"), (lan.Name, lan.VlanId!.Value, lan.Ipv4Prefix, lan.Ipv6Prefix));
        var transit = await db.Networks.SingleAsync(n => n.Asn == 64500);
        Assert.Equal(("Example Transit", "AS-PH-CUSTOMERS", 2000, 500), (transit.Name, transit.IrrAsSet, transit.MaxPrefixV4!.Value, transit.MaxPrefixV6!.Value));
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.User == "ixf-test" && a.ObjectType == "Member");
    }

    [Fact]
    public async Task Version_0_6_without_ixf_id_imports_two_vlans()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        var r = await Import(h, id, IxfHarness.Fixture("ixf-0.6.json"));
        Assert.True(r.Valid, string.Join("\n", r.Errors));
        Assert.Equal(
        [
            "100 AS64500 185.1.0.10 2001:7f8:ff::a rs",
            "100 AS64501 185.1.0.11  -",
            "200 AS64504 185.1.1.20  -",
        ], await h.MembersAsync(id));
        await using var db = h.Db.NewContext();
        Assert.Equal(["Jumbo LAN", "Peering LAN"], await db.PeeringLans.Where(l => l.ExchangeId == id).Select(l => l.Name).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    public async Task Version_0_7_preview_lists_added_changed_removed_and_writes_nothing_until_applied()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        Assert.True((await Import(h, id, IxfHarness.Fixture("ixf-1.0.json"))).Applied);
        var before = await h.MembersAsync(id);
        int audits;
        await using (var db0 = h.Db.NewContext()) audits = await db0.AuditEntries.CountAsync();

        var preview = await Import(h, id, IxfHarness.Fixture("ixf-0.7.json"), dryRun: true);

        Assert.True(preview.Valid, string.Join("\n", preview.Errors));
        Assert.False(preview.Applied);
        Assert.Equal("0.7", preview.Version);
        Assert.Equal(["member AS64502 on Peering LAN", "member AS64503 on Peering LAN", "network AS64503"],
            preview.Added.Select(c => $"{c.Object} {c.Key}").Order());
        var changed = Assert.Single(preview.Changed);
        Assert.Equal(("AS64500 on Peering LAN", "185.1.0.10 2001:7f8:ff::a rs", "185.1.0.10 2001:7f8:ff::b rs"), (changed.Key, changed.Before, changed.After));
        Assert.Equal(["AS64501 on Peering LAN 185.1.0.11", "AS64502 on Peering LAN 185.1.0.13 rs"],
            preview.Removed.Select(c => $"{c.Key} {c.Before}").Order());
        Assert.Equal(before, await h.MembersAsync(id));
        await using (var db1 = h.Db.NewContext()) Assert.Equal(audits, await db1.AuditEntries.CountAsync());

        var applied = await Import(h, id, IxfHarness.Fixture("ixf-0.7.json"));
        Assert.True(applied.Applied);
        Assert.Equal(preview.Changes.Select(c => c.ToString()).Order(), applied.Changes.Select(c => c.ToString()).Order());
        Assert.Equal(
        [
            "100 AS64496 185.1.0.253 2001:7f8:ff::fd -",
            "100 AS64500 185.1.0.10 2001:7f8:ff::b rs",
            "100 AS64502 185.1.0.12 2001:7f8:ff::c rs",
            "100 AS64502 185.1.0.14  rs",
            "100 AS64503  2001:7f8:ff::d rs",
        ], await h.MembersAsync(id));
        await using var db = h.Db.NewContext();
        Assert.True(await db.AuditEntries.CountAsync() > audits);
        Assert.Equal("AS64503:AS-HOSTING", (await db.Networks.SingleAsync(n => n.Asn == 64503)).IrrAsSet);

        var again = await Import(h, id, IxfHarness.Fixture("ixf-0.7.json"), dryRun: true);
        Assert.Empty(again.Changes); // applying made the exchange match the document
    }

    [Fact]
    public async Task A_document_failing_the_schema_is_rejected_with_every_reason_and_nothing_written()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        var r = await Import(h, id, IxfHarness.Fixture("ixf-invalid.json"));

        Assert.False(r.Valid);
        Assert.False(r.Applied);
        string[] expected =
        [
            "$.ixp_list[0].ixf_id: is required",
            "$.member_list[1].asnum: must be an integer, not string \"AS64501\"",
            "$.member_list[1].member_type: 'transit' is not one of peering, ixp, other",
            "$.member_list[1].connection_list[0].ixp_id: 7 is not in ixp_list",
            "$.member_list[2].connection_list[0].vlan_list[0].ipv4.address: '185.1.0.300' is not an IPv4 address",
            "$.member_list[2].connection_list[0].vlan_list[0].ipv4.routeserver: must be a boolean, not string \"yes\"",
            "$.member_list[2].connection_list[0].vlan_list[0].ipv4.max_prefix: -5 is outside 0..2147483647",
            "$.member_list[3].connection_list: is required",
            "$.member_list[4].connection_list[0].vlan_list[0].vlan_id: 300 is not a VLAN of ixp 1",
        ];
        Assert.Equal(expected.Order(), r.Errors.Order());
        Assert.Empty(await h.MembersAsync(id));
        await using var db = h.Db.NewContext();
        Assert.Equal(0, await db.Networks.CountAsync());
    }

    [Theory]
    [InlineData("{\"version\": \"1.0\", \"timestamp\": ", "invalid JSON at line 1")]
    [InlineData("{\"version\": \"0.5\", \"timestamp\": \"2026-01-01T00:00:00Z\", \"ixp_list\": [], \"member_list\": []}", "$.version: '0.5' is not one of 0.6, 0.7, 1.0")]
    [InlineData("{\"version\": \"1.0\", \"timestamp\": \"yesterday\", \"ixp_list\": [], \"member_list\": []}", "$.timestamp: 'yesterday' is not an RFC 3339 date-time")]
    [InlineData("[1, 2]", "$: must be an object, not array")]
    public void Broken_documents_name_the_problem(string json, string reason) =>
        Assert.Contains(IxfParser.Parse(json).Errors, e => e.Contains(reason));

    [Fact]
    public void Member_type_routeserver_is_valid_in_0_7_but_not_in_1_0()
    {
        var doc07 = IxfHarness.Fixture("ixf-0.7.json");
        Assert.True(IxfParser.Parse(doc07).IsValid);
        var as10 = IxfParser.Parse(doc07.Replace("\"version\": \"0.7\"", "\"version\": \"1.0\""));
        Assert.Equal(["$.member_list[0].member_type: 'routeserver' is not one of peering, ixp, other"], as10.Errors);
    }

    [Fact]
    public async Task Unknown_exchange_is_not_found()
    {
        await using var h = new IxfHarness();
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Import(h, 999, IxfHarness.Fixture("ixf-1.0.json")));
    }

    [Fact]
    public async Task A_document_with_several_ixps_needs_a_choice()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        var doc = System.Text.Json.Nodes.JsonNode.Parse(IxfHarness.Fixture("ixf-1.0.json"))!;
        var second = doc["ixp_list"]![0]!.DeepClone();
        second["ixp_id"] = 2;
        second["shortname"] = "PH-IX Berlin";
        second["peeringdb_id"] = 4712;
        doc["ixp_list"]!.AsArray().Add(second);
        var json = doc.ToJsonString();

        var ambiguous = await Import(h, id, json, dryRun: true);
        Assert.Contains("lists 2 IXPs (1 PH-IX, 2 PH-IX Berlin); choose one with ixpId", Assert.Single(ambiguous.Errors));
        var chosen = await Import(h, id, json, dryRun: true, ixpId: 2);
        Assert.True(chosen.Valid);
        Assert.Equal(2, chosen.IxpId);
        Assert.DoesNotContain(chosen.Changes, c => c.Object == "member"); // all connections in the fixture are on ixp 1
    }

    [Fact]
    public async Task An_address_handed_from_one_member_to_another_is_applied_in_one_import()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        Assert.True((await Import(h, id, IxfHarness.Fixture("ixf-1.0.json"))).Applied);

        // the IXP re-assigned 185.1.0.11 (AS64501, which left) to AS64500's v4, and AS64500's old .10 to AS64503
        var doc = System.Text.Json.Nodes.JsonNode.Parse(IxfHarness.Fixture("ixf-1.0.json"))!;
        var list = doc["member_list"]!.AsArray();
        var m64501 = list.Single(m => (long)m!["asnum"]! == 64501)!;
        list.Remove(m64501);
        var m64500 = list.Single(m => (long)m!["asnum"]! == 64500)!;
        m64500["connection_list"]![0]!["vlan_list"]![0]!["ipv4"]!["address"] = "185.1.0.11";
        var newcomer = m64501.DeepClone();
        newcomer["asnum"] = 64503;
        newcomer["connection_list"]![0]!["vlan_list"]![0]!["ipv4"]!["address"] = "185.1.0.10";
        list.Add(newcomer);

        var r = await Import(h, id, doc.ToJsonString());

        Assert.True(r.Applied, string.Join("\n", r.Errors));
        var members = await h.MembersAsync(id);
        Assert.Contains("100 AS64500 185.1.0.11 2001:7f8:ff::a rs", members);
        Assert.Contains("100 AS64503 185.1.0.10  -", members);
        Assert.DoesNotContain(members, m => m.Contains("AS64501"));
    }

    [Fact]
    public void An_address_used_twice_on_a_vlan_is_rejected()
    {
        var json = IxfHarness.Fixture("ixf-1.0.json").Replace("\"185.1.0.11\"", "\"185.1.0.10\"");
        Assert.Equal(["$.member_list: address 185.1.0.10 on ixp 1 vlan 100 is used 2 times (AS64500, AS64501)"], IxfParser.Parse(json).Errors);
    }
}
