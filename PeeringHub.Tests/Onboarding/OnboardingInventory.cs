using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;
using PeeringHub.Core.Sessions;
using PeeringHub.Tests.Infrastructure;

namespace PeeringHub.Tests.Onboarding;

/// <summary>What the onboarding tests do in PeeringHub as an operator would: add the lab's router and a network, run admin actions.</summary>
public sealed class OnboardingInventory(TestDatabase database)
{
    /// <summary>The router as the installer left it: the gate's user, the lab's key (stored encrypted) and accepted host key.</summary>
    public async Task<int> AddRouterAsync(DebianLab lab, string name, string platform)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var router = new Router
        {
            Name = name, Platform = platform, Transport = RouterTransport.Ssh, Address = "127.0.0.1", SshPort = int.Parse(lab.Env["SSH_PORT"]),
            SshUser = lab.Env["GATE_USER"], SshPrivateKeyProtected = scope.ServiceProvider.GetRequiredService<ISecretProtector>().Protect(File.ReadAllText(lab.Env["SSH_KEY"])),
            HostKey = File.ReadAllText(lab.Env["SSH_HOST_PUB"]).Trim(), LocalAsn = 64500,
        };
        db.Routers.Add(router);
        await db.SaveChangesAsync();
        return router.Id;
    }

    public async Task<int> AddNetworkAsync(long asn)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        var network = new Network { Asn = asn, Name = $"Peer AS{asn}" };
        db.Networks.Add(network);
        await db.SaveChangesAsync();
        return network.Id;
    }

    /// <summary>A bulk admin action as the board runs it (a message on Admin Down), with how long it took.</summary>
    public async Task<(IReadOnlyList<SessionActionOutcome> Outcomes, TimeSpan Took)> AdminAsync(SessionAction action, List<int> ids)
    {
        await using var scope = database.Scope();
        var sw = Stopwatch.StartNew();
        var outcomes = await scope.ServiceProvider.GetRequiredService<SessionActionService>().RunAsync(action, ids, action == SessionAction.AdminDown ? "maintenance" : null);
        return (outcomes, sw.Elapsed);
    }

    public static async Task<Router> RouterAsync(AsyncServiceScope scope, int routerId) =>
        await scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>().Routers.SingleAsync(r => r.Id == routerId);
}
