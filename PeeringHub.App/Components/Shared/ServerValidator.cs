using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace PeeringHub.App.Components.Shared;

/// <summary>
/// Shows the server's field errors (from the FluentValidation validators, run again on save) next to each field.
/// A field's error clears as soon as the user edits that field.
/// </summary>
public sealed class ServerValidator : ComponentBase, IDisposable
{
    [CascadingParameter] EditContext? EditContext { get; set; }
    ValidationMessageStore? store;
    EditContext? subscribed;

    protected override void OnParametersSet()
    {
        if (EditContext is null) throw new InvalidOperationException($"{nameof(ServerValidator)} must be placed inside an EditForm.");
        if (ReferenceEquals(subscribed, EditContext)) return;
        Unsubscribe();
        store = new ValidationMessageStore(EditContext);
        EditContext.OnFieldChanged += ClearField;
        subscribed = EditContext;
    }

    public void Show(IReadOnlyDictionary<string, string[]> errors)
    {
        store!.Clear();
        foreach (var (field, messages) in errors)
            store.Add(EditContext!.Field(field), messages);
        EditContext!.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        store?.Clear();
        EditContext?.NotifyValidationStateChanged();
    }

    void ClearField(object? sender, FieldChangedEventArgs e)
    {
        store?.Clear(e.FieldIdentifier);
        EditContext?.NotifyValidationStateChanged();
    }

    void Unsubscribe()
    {
        if (subscribed is not null) subscribed.OnFieldChanged -= ClearField;
    }

    public void Dispose() => Unsubscribe();
}
