using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Sessions;
using PeeringHub.Routers.Contract;
using PeeringHub.Routers.Service;

namespace PeeringHub.Routers.Configuration;

/// <summary>
/// Configure a session on its router: render → check → diff → apply (BIRD commits with an automatic undo timer), then
/// watch the session; a session that was Established and does not come back is rolled back to the previous config.
/// The Config Manager passes an operator-edited text instead of our rendering; the wizard's "configure now" comes here too.
/// Every apply and rollback is audited.
/// </summary>
public sealed class SessionConfigurator(PeeringHubDbContext db, RouterClient client, RouterTargetFactory targets, IRouterPoller poller, TimeProvider clock)
{
    public static readonly TimeSpan ComeBackWithin = TimeSpan.FromSeconds(20);

    public async Task<RouterResult<ConfigPreview>> PreviewAsync(int sessionId, string? editedText = null, CancellationToken ct = default)
    {
        var (session, target, error) = await LoadAsync(sessionId, ct);
        if (error is not null) return RouterResult<ConfigPreview>.Fail(RouterErrorKind.InvalidInput, error);
        var running = await RunningAsync(target!.Value.Router, target.Value.Config, ct);
        if (!running.Succeeded) return Fail<ConfigPreview>(running);
        var rendered = await RenderAsync(target!.Value, running.Value, editedText, ct);
        if (!rendered.Succeeded)
        {
            if (editedText is not null) await AuditCheckAsync(session, editedText, RouterResult<string>.Fail(rendered.Error, rendered.Message ?? "refused"), ct);
            return Fail<ConfigPreview>(rendered);
        }
        var check = await client.CheckAsync(target!.Value.Router, rendered.Value!, ct);
        // A check writes to the router (BIRD: the file goes in for "configure check", then back), so it is audited like an apply.
        await AuditCheckAsync(session, editedText, check, ct);
        // The browser sees the config with the MD5 password masked; an edited text comes back masked and is restored on apply.
        var shown = PasswordMask.Hide(rendered.Value!.Text)!;
        var runningShown = PasswordMask.Hide(running.Value);
        return RouterResult<ConfigPreview>.Ok(new ConfigPreview(rendered.Value.Session, shown, runningShown,
            LineDiff.Of(runningShown, shown), check.Succeeded, check.Succeeded ? check.Value : check.Message));
    }

    public async Task<ConfigApplyResult> ApplyAsync(int sessionId, string? editedText = null, CancellationToken ct = default)
    {
        var (session, target, error) = await LoadAsync(sessionId, ct);
        if (error is not null) return await AuditAsync(session, editedText, new(false, false, session.State, error), ct);
        var previous = await RunningAsync(target!.Value.Router, target.Value.Config, ct);
        if (!previous.Succeeded) return await AuditAsync(session, editedText, new(false, false, session.State, previous.Message ?? "Could not read the running config."), ct);
        var rendered = await RenderAsync(target!.Value, previous.Value, editedText, ct);
        if (!rendered.Succeeded) return await AuditAsync(session, editedText, new(false, false, session.State, rendered.Message ?? "Rendering failed."), ct);
        var wasEstablished = session.State == BgpState.Established;
        // Checked again although the preview did: the router or the session may have changed since, and the wizard has no preview.
        var check = await client.CheckAsync(target!.Value.Router, rendered.Value!, ct);
        if (!check.Succeeded)
            return await AuditAsync(session, editedText, new(false, false, session.State, $"The router's check refused the config; nothing was applied: {check.Message}"), ct);

        var applied = await client.ApplyAsync(target!.Value.Router, rendered.Value!, ApplyOptions.Default, ct);
        if (!applied.Succeeded)
            return await AuditAsync(session, editedText, new(false, false, session.State, $"The router refused the change; its config is unchanged: {applied.Message}"), ct);

        var state = await WaitForStateAsync(session, wasEstablished, ct);
        if (!wasEstablished || state == BgpState.Established)
            return await AuditAsync(session, editedText, new(true, false, state,
                state == BgpState.Established ? "Applied; the session is Established." : $"Applied; the session is {state} (the peer may not be configured yet)."), ct);

        // It was up before and did not come back: put the previous configuration back.
        var rollback = previous.Value is { } text
            ? await client.ApplyAsync(target!.Value.Router, new RenderedConfig(rendered.Value!.Session, text), ApplyOptions.Default, ct)
            : await client.RemoveAsync(target!.Value.Router, rendered.Value!.Session, ApplyOptions.Default, ct);
        var after = await WaitForStateAsync(session, true, ct);
        return await AuditAsync(session, editedText, new(true, rollback.Succeeded, after, rollback.Succeeded
            ? $"The session did not come back within {ComeBackWithin.TotalSeconds:0} s; the previous configuration was restored (now {after})."
            : $"The session did not come back and the rollback failed: {rollback.Message}"), ct);
    }

    /// <summary>The session with its router target and config; a secret that cannot be decrypted is an error result, not an exception.</summary>
    async Task<(BgpSession Session, (RouterTarget Router, SessionConfig Config)? Target, string? Error)> LoadAsync(int sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Router).Include(s => s.PeerGroup).FirstOrDefaultAsync(s => s.Id == sessionId, ct)
                      ?? throw new KeyNotFoundException($"Session {sessionId} does not exist.");
        try
        {
            return (session, (targets.Create(session.Router!), targets.Create(session)), null);
        }
        catch (RouterException ex)
        {
            return (session, null, ex.Message);
        }
    }

    /// <summary>Our rendering of the session; for a session the router has in a shape we did not write (imported), the router's text
    /// with only our values changed; with <paramref name="editedText"/>, the operator's text (Config Manager).</summary>
    async Task<RouterResult<RenderedConfig>> RenderAsync((RouterTarget Router, SessionConfig Config) target, string? running, string? editedText, CancellationToken ct)
    {
        var ours = await client.RenderAsync(target.Router, target.Config with { Existing = running }, ct);
        if (!ours.Succeeded || editedText is null) return ours;
        // Config Manager: the operator's text replaces ours for this session only; the router's own check still guards it.
        var edited = editedText.Replace("\r\n", "\n");
        if (ConfigText.Refusal(edited) is { } refusal) return RouterResult<RenderedConfig>.Fail(RouterErrorKind.InvalidInput, refusal);
        var restored = PasswordMask.Restore(edited, target.Config.Md5Password, ours.Value!.Text, target.Config.NeighborIp);
        return restored.Text is { } text
            ? RouterResult<RenderedConfig>.Ok(ours.Value! with { Text = text })
            : RouterResult<RenderedConfig>.Fail(RouterErrorKind.InvalidInput, restored.Error!);
    }

    /// <summary>The session's text on the router now: BIRD by protocol name, FRR by neighbor address; null when it has none.</summary>
    async Task<RouterResult<string?>> RunningAsync(RouterTarget target, SessionConfig session, CancellationToken ct)
    {
        var all = await client.ReadRunningConfigAsync(target, ct);
        if (!all.Succeeded) return Fail<string?>(all);
        var ip = System.Net.IPAddress.TryParse(session.NeighborIp, out var a) ? a.ToString() : session.NeighborIp;
        return RouterResult<string?>.Ok(all.Value!.FirstOrDefault(c => c.Session == session.Name || c.Session == ip)?.Text);
    }

    async Task<BgpState> WaitForStateAsync(BgpSession session, bool wantEstablished, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + (wantEstablished ? ComeBackWithin : TimeSpan.FromSeconds(5));
        BgpState state;
        do
        {
            await poller.PollAsync(session.RouterId, ct);
            state = await db.Sessions.Where(s => s.Id == session.Id).Select(s => s.State).FirstAsync(ct);
            if (state == BgpState.Established) return state;
            await Task.Delay(500, ct);
        }
        while (clock.GetUtcNow() < deadline);
        return state;
    }

    async Task<ConfigApplyResult> AuditAsync(BgpSession session, string? editedText, ConfigApplyResult result, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = editedText is null ? "Configure" : "ConfigManagerApply",
            ObjectType = nameof(BgpSession), ObjectId = session.Id.ToString(), ObjectName = SessionActionService.Label(session),
            After = System.Text.Json.JsonSerializer.Serialize(new { result.Applied, result.RolledBack, State = result.StateAfter.ToString(), result.Message, Config = PasswordMask.Hide(editedText) }),
        });
        await db.SaveChangesAsync(ct);
        return result;
    }

    async Task AuditCheckAsync(BgpSession session, string? editedText, RouterResult<string> check, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime, User = db.ActorName, Action = editedText is null ? "ConfigCheck" : "ConfigManagerCheck",
            ObjectType = nameof(BgpSession), ObjectId = session.Id.ToString(), ObjectName = SessionActionService.Label(session),
            After = System.Text.Json.JsonSerializer.Serialize(new { Accepted = check.Succeeded, Message = PasswordMask.Hide(check.Succeeded ? check.Value : check.Message), Config = PasswordMask.Hide(editedText) }),
        });
        await db.SaveChangesAsync(ct);
    }

    static RouterResult<T> Fail<T>(RouterResult<RenderedConfig> r) => RouterResult<T>.Fail(r.Error, r.Message ?? r.Error.ToString());
    static RouterResult<T> Fail<T>(RouterResult<IReadOnlyList<RenderedConfig>> r) => RouterResult<T>.Fail(r.Error, r.Message ?? r.Error.ToString());
    static RouterResult<T> Fail<T>(RouterResult<string?> r) => RouterResult<T>.Fail(r.Error, r.Message ?? r.Error.ToString());
}
