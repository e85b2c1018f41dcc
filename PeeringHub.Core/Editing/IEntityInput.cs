using PeeringHub.Core.Domain;
using PeeringHub.Core.Security;

namespace PeeringHub.Core.Editing;

/// <summary>The create/edit form of an entity: validated by its FluentValidation validator, then applied to the entity.</summary>
public interface IEntityInput<TEntity, TSelf>
    where TEntity : EntityBase
    where TSelf : IEntityInput<TEntity, TSelf>
{
    /// <summary>0 for a new object.</summary>
    int Id { get; set; }

    /// <summary>The version the editor started from; a save against a newer version is refused.</summary>
    Guid? Version { get; set; }

    void ApplyTo(TEntity entity, ISecretProtector secrets);

    static abstract TSelf From(TEntity entity);
}
