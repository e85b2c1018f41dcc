using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Tests.PeeringManager;
using PeeringHub.Tests.Reference.Irr;

namespace PeeringHub.Tests.Security;

/// <summary>Findings 3 and 4 of the security test (issue 16): who may act in a member's peering manager, and whom its mail may reach.</summary>
[Trait("Kind", "PeeringManager")]
public class PeeringManagerFindingTests(PmHttpFixture f) : IClassFixture<PmHttpFixture>
{
    PmScenario S => f.S;

    [Fact]
    public async Task Finding3_NocCanManageAnyMembersPeeringManager_noc_views_but_cannot_move_or_mark()
    {
        var noc = f.App.ApiClient(await f.App.CreateUserWithTokenAsync("f3-noc", Roles.Noc));
        Assert.Equal(HttpStatusCode.OK, (await noc.GetAsync($"/api/peering-manager?network={S.Plain}&lan={S.LanId}")).StatusCode);

        var move = await noc.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Plain, lan = S.LanId, peer = S.Rs, tab = "Rejected" });
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
        var mark = await noc.PostAsJsonAsync("/api/peering-manager/request", new { network = S.Plain, lan = S.LanId, peer = S.Rs, markOnly = true });
        Assert.Equal(HttpStatusCode.Forbidden, mark.StatusCode);
    }

    [Fact]
    public async Task Finding3_NocCanManageAnyMembersPeeringManager_operator_and_the_member_itself_still_manage()
    {
        var ops = f.App.ApiClient(await f.App.CreateUserWithTokenAsync("f3-ops", Roles.Operator));
        var moved = await ops.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Plain, lan = S.LanId, peer = S.Detected, tab = "Rejected" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var member = f.App.ApiClient(await f.App.CreateUserWithTokenAsync("f3-member", Roles.Member, S.Plain));
        var back = await member.PostAsJsonAsync("/api/peering-manager/move", new { network = S.Plain, lan = S.LanId, peer = S.Detected, tab = "Potential" });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    public static TheoryData<string, object> RefusedMails => new()
    {
        { "not a contact of AS64501", new { to = "victim@elsewhere.example" } },
        { "not a contact of AS64501", new { to = PmScenario.PolicyContact + ", victim@elsewhere.example" } },
        { "Cc and Bcc may only name those", new { cc = "victim@elsewhere.example" } },
        { "Cc and Bcc may only name those", new { bcc = "victim@elsewhere.example" } },
        { "at most 10 recipients", new { bcc = string.Join(",", Enumerable.Range(1, 11).Select(i => $"v{i}@elsewhere.example")) } },
        { "line breaks", new { subject = "Hello\r\nBcc: victim@elsewhere.example" } },
    };

    [Theory, MemberData(nameof(RefusedMails))]
    public async Task Finding4_MemberCanSendAnyMailThroughOurSmtp_recipients_outside_the_contacts_are_refused(string why, object fields)
    {
        var name = "f4-" + Guid.NewGuid().ToString("N")[..8];
        var member = f.App.ApiClient(await f.App.CreateUserWithTokenAsync(name, Roles.Member, S.Ours, $"{name}@as64500.example"));
        var body = JsonSerializer.SerializeToNode(fields)!.AsObject();
        body["network"] = S.Ours; body["lan"] = S.LanId; body["peer"] = S.Rs;

        var r = await member.PostAsJsonAsync("/api/peering-manager/request", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(why, await r.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Finding4_MemberCanSendAnyMailThroughOurSmtp_a_user_gets_a_limited_number_of_mails_per_hour()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-12-02T10:00:00Z"));
        var limiter = new MailRateLimiter(clock);
        for (var i = 0; i < MailRateLimiter.PerHour; i++) Assert.True(limiter.TryAcquire("m1"));
        Assert.False(limiter.TryAcquire("m1"));
        Assert.True(limiter.TryAcquire("m2"));
        clock.Now += TimeSpan.FromMinutes(61);
        Assert.True(limiter.TryAcquire("m1"));
    }
}
