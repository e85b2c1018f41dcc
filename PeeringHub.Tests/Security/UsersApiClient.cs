using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Security;

/// <summary>Makes users of any role through the admin users API (POST /api/users, POST /api/users/{id}/tokens), as provisioning scripts do.</summary>
sealed class UsersApiClient(AppFactory app)
{
    readonly HttpClient _admin = app.ApiClient(AppFactory.AdminToken);

    public static string PasswordOf(string userName) => "pw-" + userName + "-0123456789";

    public async Task<string> CreateAsync(string userName, string role, int? networkId = null, string? email = null)
    {
        var r = await _admin.PostAsJsonAsync("/api/users", new { userName, role, networkId, email, password = PasswordOf(userName) });
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"{(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task<string> TokenAsync(string userId)
    {
        var r = await _admin.PostAsJsonAsync($"/api/users/{userId}/tokens", new { name = "automation" });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public async Task<(string Id, string Token)> CreateWithTokenAsync(string userName, string role, int? networkId = null)
    {
        var id = await CreateAsync(userName, role, networkId);
        return (id, await TokenAsync(id));
    }

    /// <summary>A PUT with the version just read, as a script does it (GET, change, PUT).</summary>
    public async Task<HttpResponseMessage> PutAsync(string id, object body)
    {
        var json = JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();
        json["version"] = (await _admin.GetFromJsonAsync<JsonElement>($"/api/users/{id}")).GetProperty("version").GetString();
        return await _admin.PutAsJsonAsync($"/api/users/{id}", json);
    }
}
