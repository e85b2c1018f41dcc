using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using PeeringHub.Core.Reference.Irr;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Http;

/// <summary>The AS-SET API with the IRR server unreachable: a network failure is named as one, not as a fault of the set.</summary>
[Trait("Kind", "Http")]
public class AsSetUnreachableApiTests(AsSetUnreachableApiTests.OfflineIrrApp app) : IClassFixture<AsSetUnreachableApiTests.OfflineIrrApp>
{
    public sealed class OfflineIrrApp : AppFactory
    {
        // Nothing listens on the discard port of loopback: the connection is refused at once, as offline.
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("PeeringHub:Irr:Server", "127.0.0.1:9");
    }

    [Fact]
    public async Task Import_and_validate_report_the_IRR_server_unreachable()
    {
        var admin = app.ApiClient(AppFactory.AdminToken);

        var import = await admin.PostAsync("/api/as-sets/AS-SOMEWHERE-REAL/import", null);
        Assert.Equal(HttpStatusCode.GatewayTimeout, import.StatusCode);
        var problem = await import.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(IrrMessages.Unreachable, problem.GetProperty("title").GetString());

        var validate = await (await admin.PostAsync("/api/as-sets/AS-SOMEWHERE-REAL/validate", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(validate.GetProperty("valid").GetBoolean());
        Assert.True(validate.GetProperty("unreachable").GetBoolean());
    }
}
