using System.Net;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>
/// Issue 16, also found: the status-code page re-executed with the request's own method, and for a form POST it failed in turn
/// ("the error page throws"): the user got an empty answer. The error page (exceptions) is re-executed the same way and gets
/// the same fix. PUT and DELETE on a page path (scripts only: no form sends them) still get a bare 405: routing runs again
/// for the re-executed request before any middleware could change its method.
/// </summary>
[Trait("Kind", "Http")]
public class ErrorPageFindingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task AlsoFound_ErrorPageThrows_a_form_post_that_fails_gets_the_status_page_not_an_empty_answer()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/no/such/page", new FormUrlEncodedContent([new("field", "value")]));
        Assert.True((int)response.StatusCode >= 400, $"{response.StatusCode}");
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>", page);
        Assert.Contains("PeeringHub", page);
        Assert.Contains($"{(int)response.StatusCode}", page);
    }
}
