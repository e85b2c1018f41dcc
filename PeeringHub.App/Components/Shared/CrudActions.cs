using Microsoft.AspNetCore.Components;
using MudBlazor;
using PeeringHub.App.Auth;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Editing;

namespace PeeringHub.App.Components.Shared;

/// <summary>Open an entity's form in a dialog, or confirm and delete it — the same way on every list page.</summary>
public sealed class CrudActions(UnitOfWork work, IDialogService dialogs, ISnackbar snackbar)
{
    /// <returns>True when the form saved.</returns>
    public async Task<bool> OpenFormAsync<TForm>(string title, object input, MaxWidth width = MaxWidth.Small) where TForm : ComponentBase
    {
        var parameters = new DialogParameters { ["Input"] = input };
        var dialog = await dialogs.ShowAsync<TForm>(title, parameters, new DialogOptions { MaxWidth = width, FullWidth = true, BackdropClick = false });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }

    /// <returns>True when the object was deleted.</returns>
    public async Task<bool> DeleteAsync<TEntity, TInput>(TEntity entity, string name, string? consequence = null)
        where TEntity : EntityBase, new()
        where TInput : IEntityInput<TEntity, TInput>
    {
        var kind = typeof(TEntity).Name.ToLowerInvariant();
        if (await dialogs.ShowMessageBoxAsync($"Delete {kind}", $"Delete {kind} {name}? {consequence}", yesText: "Delete", cancelText: "Cancel") != true)
            return false;
        await using var scope = work.Begin();
        var result = await scope.ServiceProvider.GetRequiredService<EntityEditor<TEntity, TInput>>().DeleteAsync(entity.Id, entity.Version);
        if (result.Succeeded) snackbar.Add($"{name} deleted.", Severity.Success);
        else snackbar.Add($"Not deleted: {result.Message ?? "the change was refused."}", Severity.Error, o => o.RequireInteraction = true);
        return result.Succeeded;
    }
}
