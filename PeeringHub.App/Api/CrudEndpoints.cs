using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;

namespace PeeringHub.App.Api;

/// <summary>The same five endpoints for every inventory entity: list, get, create, update, delete — validated, audited, concurrency-safe.</summary>
public static class CrudEndpoints
{
    public static RouteGroupBuilder MapCrud<TEntity, TInput, TDto>(
        this RouteGroupBuilder api, string path, Func<IQueryable<TEntity>, IQueryable<TEntity>> shape, Func<TEntity, TDto> toDto,
        string readPolicy, string writePolicy)
        where TEntity : EntityBase, new()
        where TInput : IEntityInput<TEntity, TInput>
    {
        var group = api.MapGroup(path).WithTags(typeof(TEntity).Name);
        group.MapGet("/", async (PeeringHubDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await shape(db.Set<TEntity>().AsNoTracking()).OrderBy(e => e.Id).ToListAsync(ct)).Select(toDto).ToList()))
            .RequireAuthorization(readPolicy);
        group.MapGet("/{id:int}", async Task<Results<Ok<TDto>, NotFound>> (int id, PeeringHubDbContext db, CancellationToken ct) =>
            await shape(db.Set<TEntity>().AsNoTracking()).FirstOrDefaultAsync(e => e.Id == id, ct) is { } e ? TypedResults.Ok(toDto(e)) : TypedResults.NotFound())
            .RequireAuthorization(readPolicy);
        group.MapPost("/", async (TInput input, EntityEditor<TEntity, TInput> editor, CancellationToken ct) =>
            ToHttp(await editor.CreateAsync(input, ct), toDto, created: true))
            .RequireAuthorization(writePolicy);
        group.MapPut("/{id:int}", async (int id, TInput input, EntityEditor<TEntity, TInput> editor, CancellationToken ct) =>
            ToHttp(await editor.UpdateAsync(id, input, ct), toDto, created: false))
            .RequireAuthorization(writePolicy);
        group.MapDelete("/{id:int}", async (int id, Guid? version, EntityEditor<TEntity, TInput> editor, CancellationToken ct) =>
            ToHttp(await editor.DeleteAsync(id, version, ct), toDto, created: false, deleted: true))
            .RequireAuthorization(writePolicy);
        return group;
    }

    public static IResult ToHttp<TEntity, TDto>(EditResult<TEntity> result, Func<TEntity, TDto> toDto, bool created, bool deleted = false) where TEntity : EntityBase =>
        result.Outcome switch
        {
            EditOutcome.Saved when deleted => TypedResults.NoContent(),
            EditOutcome.Saved when created => TypedResults.Created($"{result.Entity!.Id}", toDto(result.Entity!)),
            EditOutcome.Saved => TypedResults.Ok(toDto(result.Entity!)),
            EditOutcome.Invalid => TypedResults.ValidationProblem(result.Errors.ToDictionary(e => Camel(e.Key), e => e.Value), detail: result.Message),
            EditOutcome.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: result.Message),
            _ => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: result.Message),
        };

    // Field names in problem details match the JSON property names clients send.
    static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
