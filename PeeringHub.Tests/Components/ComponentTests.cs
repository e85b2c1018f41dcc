using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using PeeringHub.App.Components.Shared;
using PeeringHub.Core.Domain;
using Radzen;

namespace PeeringHub.Tests.Components;

/// <summary>Components rendered to HTML with the framework's HtmlRenderer (bUnit does not run on net9 here).</summary>
[Trait("Kind", "Component")]
public class ComponentTests
{
    static async Task<string> RenderAsync<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IJSRuntime, NoJs>();
        services.AddSingleton<NavigationManager, FixedNavigation>();
        services.AddRadzenComponents();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    [Theory]
    [InlineData(BgpState.Established, "rz-badge-success")]
    [InlineData(BgpState.Active, "rz-badge-warning")]
    [InlineData(BgpState.Idle, "rz-badge-danger")]
    [InlineData(BgpState.AdminDown, "rz-badge-secondary")]
    public async Task State_badge_colours_by_state(BgpState state, string css)
    {
        var html = await RenderAsync<StateBadge>(new() { [nameof(StateBadge.State)] = state });
        Assert.Contains(css, html);
        Assert.Contains($">{state}<", html);
    }

    [Fact]
    public async Task Field_shows_the_validation_messages_of_its_property_only()
    {
        var model = new object();
        var context = new EditContext(model);
        var store = new ValidationMessageStore(context);
        store.Add(context.Field("Address"), "Enter a valid IPv4/IPv6 address or host name.");
        store.Add(context.Field("Name"), "Name is required.");

        var html = await RenderAsync<CascadingValue<EditContext>>(new()
        {
            ["Value"] = context,
            ["ChildContent"] = (RenderFragment)(b =>
            {
                b.OpenComponent<Field>(0);
                b.AddAttribute(1, nameof(Field.Label), "Address");
                b.AddAttribute(2, nameof(Field.Name), "Address");
                b.CloseComponent();
            }),
        });
        Assert.Contains("Enter a valid IPv4/IPv6 address or host name.", html);
        Assert.DoesNotContain("Name is required.", html);
        Assert.Contains("data-field=\"Address\"", html);
    }

    [Fact]
    public async Task Not_found_message_offers_a_way_back()
    {
        var html = await RenderAsync<NotFoundMessage>([]);
        Assert.Contains("Page not found", html);
        Assert.Contains("href=\"/\"", html);
    }

    sealed class NoJs : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
    }

    sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation() => Initialize("http://localhost/", "http://localhost/");
    }
}
