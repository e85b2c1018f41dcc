using PeeringHub.Tests.Routers.Lab;

namespace PeeringHub.Tests.Board;

/// <summary>
/// The app (no demo data) managing the BIRD router lab twice: "lab-ssh" over the lab's sshd and "lab-local" over the
/// router's control socket, each with the lab's 42 configured sessions, created through the REST API.
/// </summary>
public sealed class BoardLab() : BoardLabApp<BirdLabFixture>("lab-ssh")
{
    public int LocalRouterId { get; private set; }

    protected override async Task<IReadOnlyList<int>> CreateMoreRoutersAsync(HttpClient api)
    {
        LocalRouterId = await CreateRouterAsync(api, new
        {
            name = "lab-local", platform = "bird2", transport = 1, address = Path.Combine(Lab.Env["RTR_DIR"], "bird.ctl"), localAsn = 64500, enabled = false,
        });
        return [LocalRouterId];
    }
}
