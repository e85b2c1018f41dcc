using Microsoft.Playwright;
using PeeringHub.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PeeringHub.Tests.Wizard;

/// <summary>Drives the Add Session wizard in chromium: fields by name, errors at a field, MudBlazor selects, step buttons.</summary>
public sealed class WizardPage(IPage page, string baseUrl)
{
    public IPage Page => page;

    public async Task LoginAsync()
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("#userName", "admin");
        await page.FillAsync("#password", RunningApp.AdminPassword);
        // Generous waits: the whole Wizard suite starts three apps and two router labs at once on two cores.
        var circuit = page.WaitForWebSocketAsync(new() { Predicate = w => w.Url.Contains("/_blazor"), Timeout = 60_000 });
        await page.ClickAsync("#login");
        await circuit;
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>Opens a page and waits until its first click is handled by the circuit (a prerendered page ignores clicks until then).</summary>
    public async Task OpenAsync(string path, string button, ILocator handled)
    {
        await page.GotoAsync(baseUrl + path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Add Session", Exact = true })).ToBeVisibleAsync();
        await ClickUntilAsync(button, handled);
    }

    public async Task ClickUntilAsync(string button, ILocator handled)
    {
        for (var attempt = 0; attempt < 15; attempt++)
        {
            await page.ClickAsync(button);
            try
            {
                await handled.First.WaitForAsync(new() { Timeout = 1000 });
                return;
            }
            catch (TimeoutException)
            {
                // The circuit was not attached yet when we clicked; click again.
            }
        }
        throw new TimeoutException($"Clicking {button} never showed {handled}.");
    }

    public ILocator Errors(string field) => page.Locator($"[data-field='{field}'] .ph-field-error");

    public Task ExpectErrorAsync(string field, string message) => Expect(Errors(field)).ToContainTextAsync(message);

    public ILocator Input(string name) => page.Locator($"input[name='{name}'], textarea[name='{name}']").First;

    public async Task TypeAsync(string name, string value)
    {
        var field = Input(name);
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>Opens the MudSelect of a field and picks the option with this text.</summary>
    public async Task PickAsync(string field, string option)
    {
        await page.Locator($"[data-field='{field}'] .mud-select").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).First.ClickAsync();
        await Expect(page.Locator($"[data-field='{field}'] input").First).ToHaveValueAsync(option);
    }

    public Task NextAsync() => page.ClickAsync("#wizard-next");

    public Task PreviousAsync() => page.ClickAsync("#wizard-previous");

    /// <summary>Next, expecting the step to be accepted: the next step's field shows.</summary>
    public async Task NextToAsync(string fieldOfNextStep)
    {
        await NextAsync();
        await Expect(page.Locator($"[data-field='{fieldOfNextStep}']")).ToBeVisibleAsync();
    }

    public async Task<int> CreateAsync()
    {
        await page.ClickAsync("#wizard-create");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/sessions/\d+$"), new() { Timeout = 30_000 });
        return int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
    }
}
