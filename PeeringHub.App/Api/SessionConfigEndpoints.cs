using Microsoft.EntityFrameworkCore;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Routers.Configuration;
using PeeringHub.Routers.Contract;

namespace PeeringHub.App.Api;

/// <summary>
/// Configure and the Config Manager for scripts, through the same <see cref="SessionConfigurator"/> as the session page:
/// <c>check</c> renders, diffs against the router and asks the router (nothing changes); <c>apply</c> applies with the page's
/// watch-and-rollback and is audited ("Configure" / "ConfigManagerApply"). MD5 passwords are masked in every answer; an edited
/// text may keep the mask, which is replaced by the stored password on apply.
/// </summary>
public static class SessionConfigEndpoints
{
    public sealed record ConfigureRequest(string Mode);
    public sealed record ConfigManagerRequest(string Text, string Mode);

    public static RouteGroupBuilder MapSessionConfigApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sessions/{id:int}").WithTags("Sessions");
        group.MapGet("/config", async Task<IResult> (int id, PeeringHubDbContext db, SessionConfigurator configurator, CancellationToken ct) =>
            !await db.Sessions.AnyAsync(s => s.Id == id, ct) ? NotFound(id) : Preview(await configurator.PreviewAsync(id, null, ct))).RequireAuthorization(Policies.Staff);

        group.MapPost("/configure", async Task<IResult> (int id, ConfigureRequest body, PeeringHubDbContext db, SessionConfigurator configurator, CancellationToken ct) =>
        {
            if (!await db.Sessions.AnyAsync(s => s.Id == id, ct)) return NotFound(id);
            return ModeOf(body.Mode) switch
            {
                "check" => Preview(await configurator.PreviewAsync(id, null, ct)),
                "apply" => Applied(await configurator.ApplyAsync(id, null, ct)),
                _ => BadMode(),
            };
        }).RequireAuthorization(Policies.Operate);

        group.MapPost("/config-manager", async Task<IResult> (int id, ConfigManagerRequest body, PeeringHubDbContext db, SessionConfigurator configurator, CancellationToken ct) =>
        {
            if (!await db.Sessions.AnyAsync(s => s.Id == id, ct)) return NotFound(id);
            if (string.IsNullOrWhiteSpace(body.Text))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Give the session's configuration text."] });
            if (body.Text.Length > 64_000)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["At most 64,000 characters."] });
            return ModeOf(body.Mode) switch
            {
                "check" => Preview(await configurator.PreviewAsync(id, body.Text, ct)),
                "apply" => Applied(await configurator.ApplyAsync(id, body.Text, ct)),
                _ => BadMode(),
            };
        }).RequireAuthorization(Policies.Operate);
        return api;
    }

    static string? ModeOf(string? mode) => mode?.Trim().ToLowerInvariant();

    static IResult BadMode() => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["mode"] = ["Mode must be \"check\" or \"apply\"."] });

    static IResult NotFound(int id) => TypedResults.Problem(statusCode: 404, title: "Not found", detail: $"Session {id} does not exist.");

    static IResult Preview(RouterResult<ConfigPreview> result) => result.Succeeded
        ? TypedResults.Ok(result.Value)
        : TypedResults.Problem(statusCode: result.Error is RouterErrorKind.Timeout ? 504 : result.Error is RouterErrorKind.InvalidInput ? 400 : 502,
            title: $"Router: {result.Error}", detail: result.Message);

    /// <summary>Refused or rolled back is the router's answer about this change (200 with Applied/RolledBack), not an HTTP error.</summary>
    static IResult Applied(ConfigApplyResult result) => TypedResults.Ok(result);
}
