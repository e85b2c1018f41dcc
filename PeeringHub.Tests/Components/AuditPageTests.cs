using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Components.Pages.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;

namespace PeeringHub.Tests.Components;

/// <summary>The audit page reads its entries as "field: old → new" (no JSON, no escaped unicode) and names a created object by its real id.</summary>
[Trait("Kind", "Component")]
public class AuditPageTests : MudComponentTest
{
    static string Text(IElement e) => Regex.Replace(e.TextContent, @"\s+", " ").Trim();

    [Fact]
    public async Task Changes_read_as_field_old_to_new_and_a_create_shows_its_real_id()
    {
        Ctx.AddAppServices();
        var id = await Ctx.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PeeringHubDbContext>();
            // Ids start above 1 so a 0 or a temporary value could not pass for the real one.
            db.Networks.AddRange(new Network { Asn = 64496, Name = "Filler A" }, new Network { Asn = 64497, Name = "Filler B" });
            await db.SaveChangesAsync();
            var network = new Network { Asn = 64510, Name = "Zürich Peering AG", PeeringEmail = "peering@zuerich.example" };
            db.Networks.Add(network);
            await db.SaveChangesAsync();
            network.Name = "Zürich Peering & Söhne";
            network.PeeringEmail = null;
            await db.SaveChangesAsync();
            return network.Id;
        });
        Assert.True(id > 2);

        var page = Ctx.Render<AuditPage>();
        var rows = page.WaitForElements("#audit-grid tbody tr.ph-audit-update");
        var update = rows.Single(r => r.TextContent.Contains("64510") || r.TextContent.Contains("Zürich"));
        Assert.Equal("Name: Zürich Peering AG → Zürich Peering & Söhne", Text(update.QuerySelector("[data-field='Name']")!));
        Assert.Equal("PeeringEmail: peering@zuerich.example → (empty)", Text(update.QuerySelector("[data-field='PeeringEmail']")!));

        var create = page.FindAll("#audit-grid tbody tr.ph-audit-create").Single(r => r.TextContent.Contains("AS64510"));
        Assert.Contains($"#{id}", Text(create.QuerySelector(".ph-audit-id")!));
        Assert.Equal("Asn: 64510", Text(create.QuerySelector("[data-field='Asn']")!));
        Assert.Null(create.QuerySelector("[data-field='Id']"));

        Assert.DoesNotContain("\\u00", page.Markup);
        Assert.DoesNotContain("{\"", page.Markup);
    }
}
