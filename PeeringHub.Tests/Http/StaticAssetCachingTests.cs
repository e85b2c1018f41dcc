using System.Text.RegularExpressions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

/// <summary>
/// The stylesheets and scripts every page links are fingerprinted and cached for good, although the app runs from a build
/// (whose static assets ASP.NET sends no-cache unless told otherwise): a page load then reuses them instead of asking again.
/// </summary>
[Trait("Kind", "Http")]
public sealed partial class StaticAssetCachingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [GeneratedRegex("""<(?:link rel="stylesheet" href|script src)="([^"]+)""")]
    private static partial Regex AssetLink();

    // A fingerprint is a dot-delimited segment of 10 base36 characters before the extension: app.x4xi3u1enp.css
    [GeneratedRegex(@"\.[0-9a-z]{10}\.(css|js)$")]
    private static partial Regex Fingerprinted();

    [Fact]
    public async Task EveryLinkedStylesheetAndScript_IsFingerprinted_AndServedImmutable()
    {
        var client = app.CreateClient();
        var page = await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var assets = AssetLink().Matches(page).Select(m => m.Groups[1].Value).ToList();

        Assert.Contains(assets, a => a.Contains("MudBlazor.min"));
        Assert.Contains(assets, a => a.Contains("blazor.web"));
        foreach (var asset in assets)
        {
            Assert.Matches(Fingerprinted(), asset);
            using var response = await client.GetAsync("/" + asset);
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {response.StatusCode}");
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        }
    }
}
