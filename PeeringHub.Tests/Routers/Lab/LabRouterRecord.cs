using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Routers.Lab;

/// <summary>The lab's router as an operator stores it after "Test connection / accept host key": SSH with the lab's client key and sshd host key.</summary>
public static class LabRouterRecord
{
    public static async Task<int> AddAsync(TestDatabase database, RouterLabFixture lab)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.PeeringHubDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<ISecretProtector>();
        var router = new Router
        {
            Name = "lab-" + lab.Platform, Platform = lab.Platform, Transport = RouterTransport.Ssh, Address = "127.0.0.1", SshPort = int.Parse(lab.Env["SSH_PORT"]),
            SshUser = lab.Env["LAB_USER"], SshPrivateKeyProtected = secrets.Protect(File.ReadAllText(lab.Env["SSH_KEY"])),
            HostKey = File.ReadAllText(lab.Env["SSH_HOST_PUB"]).Trim(), LocalAsn = 64500,
        };
        db.Routers.Add(router);
        await db.SaveChangesAsync();
        return router.Id;
    }
}
