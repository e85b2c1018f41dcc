using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.App.Auth;
using PeeringHub.App.Components.Pages.Reference;
using PeeringHub.Core.Data;
using PeeringHub.Core.Reference;
using PeeringHub.Core.Reference.Irr;

namespace PeeringHub.Tests.Components;

/// <summary>The AS-SETs page offline: an IRR server nobody answers on is reported as unreachable, never as a set that is not valid.</summary>
[Trait("Kind", "Component")]
public class AsSetsPageTests : AppComponentTest
{
    public AsSetsPageTests() =>
        // Nothing listens on the discard port of loopback: the connection is refused at once, as offline.
        Ctx.Services.AddReferenceData(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PeeringHub:Irr:Server"] = "127.0.0.1:9", ["PeeringHub:Irr:Timeout"] = "00:00:03",
        }).Build(), scheduler: false);

    async Task<IRenderedComponent<AsSetsPage>> OpenAsync()
    {
        await using (var scope = Ctx.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Database.MigrateAsync();
        SignInAs("operator", Policies.Staff, Policies.Operate);
        RenderMode(interactive: true);
        var page = Ctx.Render<AsSetsPage>();
        page.WaitForElement("#as-sets-grid");
        return page;
    }

    static void Run(IRenderedComponent<AsSetsPage> page, string name, string button)
    {
        page.Find("#as-set-name").Input(name);
        page.Find($"#{button}").Click();
        // The spinner shows while the IRR is asked; gone, the answer is on the page.
        page.WaitForAssertion(() => Assert.Empty(page.FindAll(".mud-progress-circular")), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Validate_and_Import_with_the_IRR_unreachable_say_so_and_replace_the_earlier_error()
    {
        var page = await OpenAsync();

        // A name that is not RPSL is not valid: that one is the set's fault.
        Run(page, "not a set", "validate-as-set");
        Assert.StartsWith("Not valid:", page.Find("#as-set-result").TextContent.Trim());

        foreach (var button in new[] { "validate-as-set", "import-as-set" })
        {
            Run(page, "AS-SOMEWHERE-REAL", button);
            var result = page.Find("#as-set-result");
            Assert.StartsWith(IrrMessages.Unreachable, result.TextContent.Trim());
            Assert.Equal("true", result.GetAttribute("data-unreachable"));
            // One banner, the current one: the earlier "Not valid" is gone and nothing else blames the input.
            Assert.Single(page.FindAll(".mud-alert"));
            Assert.DoesNotContain("Not valid", page.Markup);
            Assert.DoesNotContain("Please correct", page.Markup);
        }
        Assert.Equal(0, InScope(db => db.AsSets.Count()));
    }
}
