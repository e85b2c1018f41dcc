using Microsoft.AspNetCore.Components;
using PeeringHub.App.Auth;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;
using Radzen;

namespace PeeringHub.App.Components.Shared;

/// <summary>Open an entity's form in a dialog, or confirm and delete it — the same way on every list page.</summary>
public sealed class CrudActions(UnitOfWork work, DialogService dialogs, NotificationService notifications)
{
    /// <returns>True when the form saved.</returns>
    public async Task<bool> OpenFormAsync<TForm>(string title, object input, string width = "640px") where TForm : ComponentBase =>
        await dialogs.OpenAsync<TForm>(title, new Dictionary<string, object?> { ["Input"] = input }, new DialogOptions { Width = width }) is not null;

    /// <returns>True when the object was deleted.</returns>
    public async Task<bool> DeleteAsync<TEntity, TInput>(TEntity entity, string name, string? consequence = null)
        where TEntity : EntityBase, new()
        where TInput : IEntityInput<TEntity, TInput>
    {
        var kind = typeof(TEntity).Name;
        if (await dialogs.Confirm($"Delete {kind.ToLowerInvariant()} {name}? {consequence}", $"Delete {kind.ToLowerInvariant()}",
                new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel" }) != true) return false;
        await using var scope = work.Begin();
        var result = await scope.ServiceProvider.GetRequiredService<EntityEditor<TEntity, TInput>>().DeleteAsync(entity.Id, entity.Version);
        if (result.Succeeded) notifications.Notify(NotificationSeverity.Success, "Deleted", $"{name} deleted.");
        else notifications.Notify(NotificationSeverity.Error, "Not deleted", result.Message ?? "The change was refused.", TimeSpan.FromSeconds(10));
        return result.Succeeded;
    }
}
