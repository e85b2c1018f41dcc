using FluentValidation.Results;

namespace PeeringHub.Core.Editing;

public enum EditOutcome { Saved, Invalid, NotFound, Conflict }

/// <summary>What happened to an edit: saved (with the entity), invalid (field errors), not found, or a conflict with another editor.</summary>
public sealed record EditResult<TEntity>(EditOutcome Outcome, TEntity? Entity, IReadOnlyDictionary<string, string[]> Errors, string? Message)
{
    static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool Succeeded => Outcome == EditOutcome.Saved;

    public static EditResult<TEntity> Saved(TEntity entity) => new(EditOutcome.Saved, entity, NoErrors, null);
    public static EditResult<TEntity> NotFound() => new(EditOutcome.NotFound, default, NoErrors, "The object no longer exists.");
    public static EditResult<TEntity> Conflict(string message) => new(EditOutcome.Conflict, default, NoErrors, message);

    public static EditResult<TEntity> Invalid(IEnumerable<ValidationFailure> failures) =>
        new(EditOutcome.Invalid, default,
            failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()),
            "Please correct the highlighted fields.");

    public static EditResult<TEntity> Invalid(string field, string message) =>
        new(EditOutcome.Invalid, default, new Dictionary<string, string[]> { [field] = [message] }, message);
}
