using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Reference.Ixf;
using PeeringHub.Tests.Reference.Ixf;

namespace PeeringHub.Tests.Security;

/// <summary>Finding 6 of the security test (issue 16): an IX-F import goes through the API's validators; nothing of a rejected document is saved.</summary>
[Trait("Kind", "Reference")]
public class IxfImportFindingTests
{
    static string Document(Action<JsonNode> change)
    {
        var doc = JsonNode.Parse(IxfHarness.Fixture("ixf-1.0.json"))!;
        change(doc);
        return doc.ToJsonString();
    }

    static JsonNode FirstMember(JsonNode doc) => doc["member_list"]![1]!;

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "newline and NUL in a name", Document(d => FirstMember(d)["name"] = "Evil\nNet\0work") },
        { "100,000-character name", Document(d => FirstMember(d)["name"] = new string('x', 100_000)) },
        { "member address outside its LAN", Document(d => FirstMember(d)["connection_list"]![0]!["vlan_list"]![0]!["ipv4"]!["address"] = "10.9.9.9") },
    };

    [Theory, MemberData(nameof(BadDocuments))]
    public async Task Finding6_IxfImportBypassesValidation_invalid_values_reject_the_import_and_save_nothing(string what, string json)
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();

        var r = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportAsync(id, json, dryRun: false));

        Assert.False(r.Applied, what);
        Assert.NotEmpty(r.Errors);
        Assert.All(r.Errors, e => Assert.True(e.Length < 500 && !e.Contains('\n') && !e.Contains('\0'), e));
        Assert.Empty(await h.MembersAsync(id));
        await using var db = h.Db.NewContext();
        Assert.False(await db.Networks.AnyAsync(n => n.Asn == 64500));
        Assert.False(await db.PeeringLans.AnyAsync(l => l.ExchangeId == id));
    }

    [Fact]
    public async Task Finding6_IxfImportBypassesValidation_a_move_outside_the_lan_is_rejected_and_the_member_stays()
    {
        await using var h = new IxfHarness();
        var id = await h.NewExchangeAsync();
        Assert.True((await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportAsync(id, IxfHarness.Fixture("ixf-1.0.json"), false))).Applied);
        var before = await h.MembersAsync(id);
        var moved = Document(d => FirstMember(d)["connection_list"]![0]!["vlan_list"]![0]!["ipv6"]!["address"] = "2001:db8:bad::1");

        var r = await h.InScope<IxfImportResult, IxfImportService>(s => s.ImportAsync(id, moved, false));

        Assert.False(r.Applied);
        Assert.Contains(r.Errors, e => e.Contains("not inside the LAN's IPv6 prefix"));
        Assert.Equal(before, await h.MembersAsync(id));
    }
}

/// <summary>Finding 6 for the PeeringDB importer: a network created from the mirror goes through the API's validators too.</summary>
[Trait("Kind", "Reference")]
public class PeeringDbImportFindingTests
{
    [Fact]
    public async Task Finding6_IxfImportBypassesValidation_peeringdb_network_with_a_newline_in_its_name_is_not_created()
    {
        await using var h = await Reference.PeeringDb.PeeringDbHarness.StartAsync();
        Assert.True((await h.InScope(sp => sp.GetRequiredService<Core.Reference.PeeringDb.PeeringDbSyncService>().SyncAsync())).Success);
        await using (var db = h.Db.NewContext())
        {
            var net = await db.PdbNets.SingleAsync(n => n.Asn == 6939);
            net.Name = "Hurricane\nElectric\0";
            await db.SaveChangesAsync();
        }

        var ex = await Assert.ThrowsAsync<Core.Inventory.ImportRejectedException>(() =>
            h.InScope(sp => sp.GetRequiredService<Core.Reference.PeeringDb.PeeringDbLinkService>().CreateNetworkAsync(6939)));

        Assert.Contains(ex.Errors, e => e.StartsWith("network AS6939"));
        await using var check = h.Db.NewContext();
        Assert.False(await check.Networks.AnyAsync(n => n.Asn == 6939));
    }
}
