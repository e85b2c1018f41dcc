using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeeringHub.Tests.Reference.Irr;
using PeeringHub.App.Components.Pages.Sessions;
using PeeringHub.Core.Sessions;
using PeeringHub.Core.Settings;

namespace PeeringHub.Tests.Components;

/// <summary>The routers' health above the board: a chip per router for a small fleet, a summary by status for a big one.</summary>
[Trait("Kind", "Component")]
public class RouterStatusStripTests : MudComponentTest
{
    static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);
    readonly RouterPollFeed polls = new();

    public RouterStatusStripTests()
    {
        Ctx.Services.AddSingleton(polls);
        Ctx.Services.AddSingleton<TimeProvider>(new ManualClock(Now));
        Ctx.Services.AddSingleton(Options.Create(new PeeringHubOptions()));
    }

    /// <summary>syn-01 … syn-NN, polled a second ago and reachable, except the ones named unreachable or disabled.</summary>
    static List<RouterStatus> Fleet(int count, int[]? unreachable = null, int[]? disabled = null) =>
        Enumerable.Range(1, count).Select(i => new RouterStatus(i, $"syn-{i:00}", !(disabled ?? []).Contains(i), Now.AddSeconds(-1),
            !(unreachable ?? []).Contains(i), (unreachable ?? []).Contains(i) ? "connection refused" : null, "bird")).ToList();

    IRenderedComponent<RouterStatusStrip> Render(List<RouterStatus> routers, bool interactive = true)
    {
        Ctx.SetRendererInfo(interactive ? new RendererInfo("Server", isInteractive: true) : new RendererInfo("Static", isInteractive: false));
        return Ctx.Render<RouterStatusStrip>(p => p.Add(s => s.Routers, routers));
    }

    static string Summary(IRenderedComponent<RouterStatusStrip> strip, string status) =>
        strip.Find($".ph-router-summary[data-status='{status}']").TextContent.Trim();

    [Fact]
    public void A_fleet_of_fifty_is_summed_up_by_status_with_the_routers_in_trouble_named_first()
    {
        var strip = Render(Fleet(50, unreachable: [7, 12], disabled: [40]));

        Assert.Empty(strip.FindAll("[data-router]"));
        Assert.Equal(["unreachable", "disabled", "ok"], strip.FindAll(".ph-router-summary").Select(c => c.GetAttribute("data-status")));
        Assert.Equal("2 routers unreachable: syn-07, syn-12", Summary(strip, "unreachable"));
        Assert.Equal("1 router not polled: syn-40", Summary(strip, "disabled"));
        Assert.Equal("47 routers polled", Summary(strip, "ok"));
        Assert.Contains("syn-50", strip.Find(".ph-router-summary[data-status='ok']").GetAttribute("title"));
    }

    [Fact]
    public void Many_routers_in_one_status_name_the_first_four_and_count_the_rest()
    {
        var strip = Render(Fleet(30, unreachable: [1, 2, 3, 4, 5, 6]));

        Assert.Equal("6 routers unreachable: syn-01, syn-02, syn-03, syn-04 +2 more", Summary(strip, "unreachable"));
        Assert.Equal("syn-01, syn-02, syn-03, syn-04, syn-05, syn-06", strip.Find(".ph-router-summary[data-status='unreachable']").GetAttribute("title"));
    }

    [Fact]
    public void Show_all_lists_a_chip_per_router_and_sum_up_goes_back()
    {
        var strip = Render(Fleet(50, unreachable: [7]));

        strip.Find("#routers-show-each").Click();
        Assert.Equal(50, strip.FindAll("[data-router]").Count);
        Assert.Contains("ph-router-unreachable", strip.Find("[data-router='syn-07']").ClassName);

        strip.Find("#routers-summarise").Click();
        Assert.Empty(strip.FindAll("[data-router]"));
        Assert.Equal("1 router unreachable: syn-07", Summary(strip, "unreachable"));
    }

    [Fact]
    public void A_small_fleet_gets_a_chip_per_router_and_nothing_to_expand()
    {
        var strip = Render(Fleet(RouterStatusStrip.ChipsUpTo, unreachable: [2]));

        Assert.Equal(RouterStatusStrip.ChipsUpTo, strip.FindAll("[data-router]").Count);
        Assert.Empty(strip.FindAll(".ph-router-summary"));
        Assert.Empty(strip.FindAll("#routers-show-each"));
    }

    [Fact]
    public void A_poll_that_finds_a_router_unreachable_moves_it_into_the_unreachable_summary()
    {
        var strip = Render(Fleet(20));
        Assert.Equal("20 routers polled", Summary(strip, "ok"));

        polls.Publish(new PollOutcome(9, Now, false, "ssh: connection refused", 0, 0, []));

        strip.WaitForAssertion(() => Assert.Equal("1 router unreachable: syn-09", Summary(strip, "unreachable")));
        Assert.Equal("19 routers polled", Summary(strip, "ok"));
    }

    [Fact]
    public void Before_the_circuit_is_up_show_all_cannot_be_clicked()
    {
        var strip = Render(Fleet(50), interactive: false);

        Assert.True(strip.Find("#routers-show-each").HasAttribute("disabled"));
    }
}
