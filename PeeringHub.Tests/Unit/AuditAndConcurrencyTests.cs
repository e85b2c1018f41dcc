using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Inventory;
using PeeringHub.Core.Security;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Unit;

[Trait("Kind", "Unit")]
public class AuditAndConcurrencyTests : IAsyncLifetime
{
    readonly TestDatabase database = new(actor: "alice");
    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await database.DisposeAsync();

    static RouterInput NewRouter() => new() { Name = "edge1", Address = "192.0.2.1", SshUser = "ph", SshPrivateKey = Sample.Key, LocalAsn = 64500 };

    async Task<EditResult<Router>> Create(RouterInput input)
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<EntityEditor<Router, RouterInput>>().CreateAsync(input);
    }

    [Fact]
    public async Task Create_records_who_and_what_with_the_key_masked_and_encrypted_at_rest()
    {
        var result = await Create(NewRouter());
        Assert.True(result.Succeeded);

        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.ObjectType == "Router");
        Assert.Equal(("alice", "Create", result.Entity!.Id.ToString(), "edge1"), (entry.User, entry.Action, entry.ObjectId, entry.ObjectName));
        var after = JsonDocument.Parse(entry.After!).RootElement;
        Assert.Equal(AuditSerializer.Mask, after.GetProperty("SshPrivateKeyProtected").GetString());
        Assert.DoesNotContain("OPENSSH", entry.After);

        var stored = await db.Routers.SingleAsync();
        Assert.DoesNotContain("OPENSSH", stored.SshPrivateKeyProtected);
        Assert.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----", database.Services.GetRequiredService<ISecretProtector>().Unprotect(stored.SshPrivateKeyProtected!));
    }

    [Fact]
    public async Task Update_records_only_the_changed_fields_before_and_after()
    {
        var created = (await Create(NewRouter())).Entity!;
        var edit = RouterInput.From(created);
        edit.SshPort = 2222;
        await using (var scope = database.Scope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<EntityEditor<Router, RouterInput>>().UpdateAsync(created.Id, edit)).Succeeded);

        await using var db = database.NewContext();
        var update = await db.AuditEntries.SingleAsync(a => a.Action == "Update");
        Assert.Equal("{\"SshPort\":22}", update.Before);
        Assert.Equal("{\"SshPort\":2222}", update.After);
    }

    [Fact]
    public async Task A_second_editor_gets_a_conflict_naming_who_changed_it()
    {
        var created = (await Create(NewRouter())).Entity!;
        var first = RouterInput.From(created);
        var second = RouterInput.From(created);
        first.SshPort = 2201;
        second.LocalAsn = 64511;

        await using (var scope = database.Scope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<EntityEditor<Router, RouterInput>>().UpdateAsync(created.Id, first)).Succeeded);
        await using (var scope = database.Scope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<EntityEditor<Router, RouterInput>>().UpdateAsync(created.Id, second);
            Assert.Equal(EditOutcome.Conflict, result.Outcome);
            Assert.Contains("changed by alice", result.Message);
            Assert.Contains("nothing was overwritten", result.Message);
        }
        await using var db = database.NewContext();
        var router = await db.Routers.SingleAsync();
        Assert.Equal((2201, 64500L), (router.SshPort, router.LocalAsn));
    }

    [Fact]
    public async Task Reveal_returns_the_key_and_is_audited()
    {
        var created = (await Create(NewRouter())).Entity!;
        await using var scope = database.Scope();
        var key = await scope.ServiceProvider.GetRequiredService<SecretRevealService>().RevealRouterKeyAsync(created.Id);
        Assert.StartsWith("-----BEGIN OPENSSH PRIVATE KEY-----", key);
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "RevealSecret");
        Assert.Equal(("alice", "edge1"), (entry.User, entry.ObjectName));
    }

    [Fact]
    public async Task Delete_records_the_values_before()
    {
        var created = (await Create(NewRouter())).Entity!;
        await using (var scope = database.Scope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<EntityEditor<Router, RouterInput>>().DeleteAsync(created.Id, created.Version)).Succeeded);
        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == "Delete");
        Assert.Null(entry.After);
        Assert.Contains("\"Name\":\"edge1\"", entry.Before);
        Assert.Contains($"\"SshPrivateKeyProtected\":\"{AuditSerializer.Mask}\"", entry.Before);
    }
}
