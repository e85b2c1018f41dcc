using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Components.Pages.Routers;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Polling;
using static PeeringHub.Tests.Components.InventoryScriptedRouterDriver;

namespace PeeringHub.Tests.Components;

/// <summary>
/// The router page's unmanaged sessions, fed by real polls (router layer, poller, recorder) of a scripted driver:
/// a stable list that does not re-render when a poll changes nothing it shows, and Import selected with one result each.
/// </summary>
[Trait("Kind", "Component")]
public class InventoryRouterPageTests() : InventoryComponentTest(s => s
    .AddRouterDrivers()
    .AddSessionPolling(background: false)
    .AddSingleton<IRouterDriver, InventoryScriptedRouterDriver>())
{
    int routerId;
    InventoryScriptedRouterDriver Driver => Database.Services.GetServices<IRouterDriver>().OfType<InventoryScriptedRouterDriver>().Single();

    async Task<IRenderedComponent<RouterDetail>> RenderPolledAsync()
    {
        await using (var db = Database.NewContext())
        {
            var router = new Router { Name = "scripted-1", Platform = InventoryScriptedRouterDriver.Key, Transport = RouterTransport.Local, Address = "/nonexistent/scripted.ctl", LocalAsn = 64500 };
            db.Routers.Add(router);
            await db.SaveChangesAsync();
            routerId = router.Id;
            db.Sessions.Add(new BgpSession { RouterId = routerId, Type = SessionType.Private, PeerAsn = 65010, PeerIp = "192.0.2.10", AddressFamily = 4 });
            await db.SaveChangesAsync();
        }
        // Router order would be zeta, alpha, bad; the page sorts by the router's session name.
        Driver.Sessions.AddRange([
            Session("managed", "192.0.2.10", 65010), Session("zeta", "192.0.2.30", 65030), Session("alpha", "192.0.2.20", 65020),
            Session("bad_asn", "192.0.2.40", 0)]);
        await PollAsync();
        var page = Ctx.Render<RouterDetail>(p => p.Add(x => x.Id, routerId));
        page.WaitForAssertion(() => Assert.Equal(3, UnmanagedRows(page).Count));
        return page;
    }

    async Task PollAsync()
    {
        await using var scope = Database.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<IRouterPoller>().PollAsync(routerId);
        Assert.True(outcome.Reachable, outcome.Error);
    }

    static IReadOnlyList<IElement> UnmanagedRows(IRenderedComponent<RouterDetail> page) => page.FindAll("#router-unmanaged tbody tr.mud-table-row");

    static IElement RowOf(IRenderedComponent<RouterDetail> page, string ip) => UnmanagedRows(page).Single(r => r.TextContent.Contains(ip));

    static List<string> NamesShown(IRenderedComponent<RouterDetail> page) =>
        UnmanagedRows(page).Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();

    static void Select(IRenderedComponent<RouterDetail> page, string ip) => RowOf(page, ip).QuerySelector("input[type=checkbox]")!.Change(true);

    static bool IsSelected(IRenderedComponent<RouterDetail> page, string ip) => RowOf(page, ip).QuerySelector("input[type=checkbox]")!.HasAttribute("checked")
        || RowOf(page, ip).QuerySelector("input[type=checkbox]")!.GetAttribute("aria-checked") == "true";

    [Fact]
    public async Task Unmanaged_sessions_are_sorted_by_name_and_a_poll_that_changes_nothing_shown_does_not_re_render_them()
    {
        var page = await RenderPolledAsync();
        Assert.Equal(["alpha", "bad_asn", "zeta"], NamesShown(page));
        Select(page, "192.0.2.30");
        page.WaitForAssertion(() => Assert.Contains("Import selected (1)", page.Find("#import-selected").TextContent));
        var list = page.FindComponent<UnmanagedSessionList>();
        var listRenders = list.RenderCount;

        // Only what is not shown moves (FRR's "since" does so on every poll): the page renders (last polled), the list does not.
        var pageRenders = page.RenderCount;
        Driver.Sessions[1] = Session("zeta", "192.0.2.30", 65030, since: new DateTime(2026, 12, 1, 8, 0, 0, 37, DateTimeKind.Utc));
        await PollAsync();
        page.WaitForAssertion(() => Assert.True(page.RenderCount > pageRenders));
        Assert.Equal(listRenders, list.RenderCount);

        // A state that is shown changes: the list renders once more, in the same order, with the selection kept.
        Driver.Sessions[2] = Session("alpha", "192.0.2.20", 65020, BgpState.Idle);
        await PollAsync();
        page.WaitForAssertion(() => Assert.Equal("Idle", RowOf(page, "192.0.2.20").QuerySelector(".ph-state")!.GetAttribute("data-state")));
        Assert.True(list.RenderCount > listRenders);
        Assert.Equal(["alpha", "bad_asn", "zeta"], NamesShown(page));
        Assert.True(IsSelected(page, "192.0.2.30"));
        Assert.Contains("Import selected (1)", page.Find("#import-selected").TextContent);
    }

    [Fact]
    public async Task Import_selected_imports_each_selected_session_and_reports_one_result_per_session()
    {
        var page = await RenderPolledAsync();
        Select(page, "192.0.2.20");
        Select(page, "192.0.2.40");
        Select(page, "192.0.2.30");
        page.WaitForAssertion(() => Assert.Contains("Import selected (3)", page.Find("#import-selected").TextContent));

        page.Find("#import-selected").Click();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("#unmanaged-results tr.ph-import-result").Count), TimeSpan.FromSeconds(10));
        var results = page.FindAll("#unmanaged-results tr.ph-import-result").ToDictionary(r => r.GetAttribute("data-peer-ip")!);
        Assert.Equal("ok", results["192.0.2.20"].GetAttribute("data-result"));
        Assert.Equal("ok", results["192.0.2.30"].GetAttribute("data-result"));
        Assert.Equal("error", results["192.0.2.40"].GetAttribute("data-result"));
        Assert.Contains("ASN must be between 1 and 4294967295.", results["192.0.2.40"].TextContent);
        Assert.Contains("2 imported, 1 failed", page.Find("#unmanaged-summary").TextContent);

        await using var db = Database.NewContext();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.RouterId == routerId).OrderBy(s => s.PeerIp).ToListAsync();
        Assert.Equal(["192.0.2.10", "192.0.2.20", "192.0.2.30"], sessions.Select(s => s.PeerIp));
        Assert.Equal(("alpha", 65020L), (sessions[1].RouterSessionName, sessions[1].PeerAsn));
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.User == User && a.ObjectType == nameof(BgpSession) && a.Action == "Create");

        // The page shows the imported ones as managed at once; only the refused one is left, still selected for another try.
        page.WaitForAssertion(() => Assert.Single(UnmanagedRows(page)));
        Assert.Contains("192.0.2.20", page.Find("#router-sessions").TextContent);
        Assert.True(IsSelected(page, "192.0.2.40"));
    }

    [Fact]
    public async Task Import_takes_the_session_over_on_the_router_and_stores_what_its_configuration_holds()
    {
        // Issue 14: the page's Import stored only what the poll saw, so a BIRD protocol stayed outside PeeringHub's include
        // folder (admin actions refused) and an FRR neighbor lost its MD5 password at the next Configure.
        Driver.Configs["alpha"] = "protocol bgp alpha {\n  description \"Alpha from the router\";\n  neighbor 192.0.2.20 as 65020;\n  password \"alpha-md5\";\n}\n";
        var page = await RenderPolledAsync();

        RowOf(page, "192.0.2.20").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Import").Click();

        page.WaitForAssertion(() => Assert.Equal(2, UnmanagedRows(page).Count), TimeSpan.FromSeconds(10));
        Assert.Equal(["alpha"], Driver.Adopted);
        await using var db = Database.NewContext();
        var alpha = await db.Sessions.AsNoTracking().SingleAsync(s => s.RouterId == routerId && s.PeerIp == "192.0.2.20");
        Assert.Equal("Alpha from the router", alpha.Description);
        Assert.NotNull(alpha.Md5PasswordProtected);
        Assert.DoesNotContain("alpha-md5", alpha.Md5PasswordProtected);
    }

    [Fact]
    public async Task A_router_with_polling_off_says_so_and_shows_nothing_as_known()
    {
        var page = await RenderPolledAsync();
        Assert.Equal("on", page.Find("#router-polling").TextContent.Trim());
        Assert.Equal("yes", page.Find("#router-reachable").TextContent.Trim());

        await using (var db = Database.NewContext())
            await db.Routers.Where(r => r.Id == routerId).ExecuteUpdateAsync(u => u.SetProperty(r => r.Enabled, false));
        await using (var scope = Database.Scope())
            await scope.ServiceProvider.GetRequiredService<SessionStateRecorder>().RecordNotPolledAsync(routerId);
        page.Render(); // as the next visit or poll feed would

        page.WaitForAssertion(() => Assert.Contains("polling off", page.Find("#router-polling").TextContent));
        Assert.Equal("not known (polling off)", page.Find("#router-reachable").TextContent.Trim());
        Assert.Contains("Not polled since", page.Markup);
        var managed = page.FindAll("#router-sessions tbody tr").Single(r => r.TextContent.Contains("192.0.2.10"));
        Assert.Equal("Unknown", managed.QuerySelector(".ph-state")!.GetAttribute("data-state"));
        Assert.Contains(SessionStateRecorder.NotPolled, managed.TextContent);
    }
}
