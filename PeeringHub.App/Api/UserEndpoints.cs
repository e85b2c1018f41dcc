using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PeeringHub.App.Api.Users;
using PeeringHub.App.Auth;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using PeeringHub.Core.Users;

namespace PeeringHub.App.Api;

/// <summary>
/// /api/users, for admins: list, create (with role and, for Members, the network), update (role, reset password, lock/unlock),
/// delete, and issue an API token for automation. Everything is audited by <see cref="UserAdminService"/> and
/// <see cref="ApiTokenService"/>; a role change, reset, lock or delete ends the user's open logins (security stamp).
/// </summary>
public static class UserEndpoints
{
    public static RouteGroupBuilder MapUserApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.Admin);
        group.MapGet("/", async (UserAdminService users, CancellationToken ct) => TypedResults.Ok((await users.ListAsync(ct)).Select(UserDto.From).ToList()));
        group.MapGet("/{id}", async Task<Results<Ok<UserDto>, ProblemHttpResult>> (string id, UserAdminService users, CancellationToken ct) =>
            await users.GetAsync(id, ct) is { } u ? TypedResults.Ok(UserDto.From(u)) : NotFound());
        group.MapPost("/", async (UserBody body, UserAdminService users, CancellationToken ct) =>
        {
            var saved = await users.SaveAsync(body.ToInput(null), ct);
            if (!saved.Succeeded) return ToProblem(saved);
            if (body.Locked == true) await users.SetLockedAsync(saved.Entity!.Id, true, "", ct);
            var row = await users.GetAsync(saved.Entity!.Id, ct);
            return TypedResults.Created($"/api/users/{row!.Id}", UserDto.From(row));
        });
        group.MapPut("/{id}", async (string id, UserBody body, ClaimsPrincipal me, UserAdminService users, CancellationToken ct) =>
        {
            if (await users.GetAsync(id, ct) is not { } current) return NotFound();
            if (string.IsNullOrWhiteSpace(body.Version))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Give the version you read (GET /api/users/{id}): without it this would overwrite changes made since."] });
            if (body.Version != current.Version)
                return TypedResults.Problem(statusCode: 409, title: "Conflict", detail: "The user was changed since you read it: read it again and repeat your change.");
            // Refused before anything is saved: the lock comes last, and its refusal used to follow a saved update.
            if (body.Locked == true && string.Equals(current.UserName, me.Identity?.Name, StringComparison.OrdinalIgnoreCase))
                return TypedResults.Problem(statusCode: 409, title: "Conflict", detail: "You cannot lock your own account.");
            var saved = await users.SaveAsync(body.ToInput(id), ct);
            if (!saved.Succeeded) return ToProblem(saved);
            if (body.Locked is { } locked)
            {
                var lockResult = await users.SetLockedAsync(id, locked, me.Identity?.Name ?? "", ct);
                if (!lockResult.Succeeded) return ToProblem(lockResult);
            }
            return TypedResults.Ok(UserDto.From((await users.GetAsync(id, ct))!));
        });
        group.MapDelete("/{id}", async (string id, ClaimsPrincipal me, UserAdminService users, CancellationToken ct) =>
        {
            var deleted = await users.DeleteAsync(id, me.Identity?.Name ?? "", ct);
            return deleted.Succeeded ? TypedResults.NoContent() : ToProblem(deleted);
        });
        group.MapPost("/{id}/tokens", async Task<Results<Created<CreatedTokenDto>, ValidationProblem, ProblemHttpResult>> (string id, TokenBody body, UserAdminService users, ApiTokenService tokens, CancellationToken ct) =>
        {
            if (await users.GetAsync(id, ct) is null) return NotFound();
            if (string.IsNullOrWhiteSpace(body.Name) || body.Name.Length > 100 || body.Name.Any(char.IsControl))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["Give the token a name of 1–100 characters without control characters."] });
            var created = await tokens.CreateAsync(id, body.Name, ct);
            return TypedResults.Created($"/api/users/{id}/tokens/{created.Token.Id}", new CreatedTokenDto(created.Token.Id, created.Token.Name, created.Token.Prefix, created.Plaintext));
        });
        return group;
    }

    static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "Not found", detail: "No such user.");

    static IResult ToProblem(EditResult<AppUser> r) => r.Outcome switch
    {
        EditOutcome.Invalid => TypedResults.ValidationProblem(r.Errors.ToDictionary(e => char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value), detail: r.Message),
        EditOutcome.NotFound => NotFound(),
        _ => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: r.Message),
    };
}
