using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

[Trait("Kind", "Unit")]
public class AuditChangesTests
{
    [Fact]
    public void Update_reads_as_field_old_to_new_with_unicode_unescaped()
    {
        var changes = AuditChanges.Describe("{\"Name\":\"M\\u00FCller\",\"Notes\":null}", "{\"Name\":\"M\\u00FCller & S\\u00F6hne\",\"Notes\":\"call first\"}");
        Assert.Equal(["Name: Müller → Müller & Söhne", "Notes: (empty) → call first"], changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Create_lists_values_without_the_id_and_delete_lists_what_was_there()
    {
        Assert.Equal(["Asn: 64500", "IsOurs: yes", "Tags: a, b"],
            AuditChanges.Describe(null, "{\"Asn\":64500,\"Id\":7,\"IsOurs\":true,\"Notes\":null,\"Tags\":[\"a\",\"b\"]}").Select(c => c.ToString()));
        var deleted = AuditChanges.Describe("{\"Name\":\"edge1\"}", null).Single();
        Assert.Equal(("Name", "edge1", (string?)null), (deleted.Field, deleted.Old, deleted.New));
    }

    [Fact]
    public void Text_that_is_not_a_json_object_is_shown_as_written()
    {
        var change = AuditChanges.Describe(null, "{\"UserName\":\"a\"b\"}").Single();
        Assert.Equal(("value", "{\"UserName\":\"a\"b\"}"), (change.Field, change.New));
    }

    [Fact]
    public async Task A_create_records_the_real_id_and_foreign_keys_of_rows_added_in_the_same_save()
    {
        await using var database = new TestDatabase();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
            db.Exchanges.Add(new Exchange { Name = "First-IX" });
            await db.SaveChangesAsync();
            var ix = new Exchange { Name = "Second-IX" };
            db.PeeringLans.Add(new PeeringLan { Exchange = ix, Name = "LAN", Ipv4Prefix = "192.0.2.0/24" });
            await db.SaveChangesAsync();
        }

        await using var check = database.NewContext();
        var ixId = (await check.Exchanges.SingleAsync(x => x.Name == "Second-IX")).Id;
        var lan = await check.PeeringLans.SingleAsync();
        var ixAudit = await check.AuditEntries.SingleAsync(a => a.ObjectType == "Exchange" && a.ObjectName == "Second-IX");
        Assert.Equal(ixId.ToString(), ixAudit.ObjectId);
        Assert.Equal(ixId, JsonDocument.Parse(ixAudit.After!).RootElement.GetProperty("Id").GetInt32());
        var lanAudit = await check.AuditEntries.SingleAsync(a => a.ObjectType == "PeeringLan");
        var after = JsonDocument.Parse(lanAudit.After!).RootElement;
        Assert.Equal((lan.Id, ixId), (after.GetProperty("Id").GetInt32(), after.GetProperty("ExchangeId").GetInt32()));
    }
}
