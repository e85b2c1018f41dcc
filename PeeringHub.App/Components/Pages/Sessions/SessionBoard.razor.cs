using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using MudBlazor;
using PeeringHub.App.Auth;
using PeeringHub.Core.Data;
using PeeringHub.Core.Sessions;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// The live session board: shows the app's shared live rows (<see cref="LiveSessionRows"/>) through its filters, keeping
/// the user's selection, scroll position and filters when rows change. Filters live in the URL. A click on a row opens
/// the session; the checkbox, ctrl-click and shift-click select.
/// </summary>
public partial class SessionBoard
{
    [Inject] UnitOfWork Work { get; set; } = default!;
    [Inject] LiveSessionRows Rows { get; set; } = default!;
    [Inject] NavigationManager Navigation { get; set; } = default!;
    [Inject] IJSRuntime Js { get; set; } = default!;
    [Inject] SessionBoardActions Actions { get; set; } = default!;
    [Inject] TimeProvider Clock { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "state")] public string? StateFilter { get; set; }
    [SupplyParameterFromQuery(Name = "router")] public string? RouterFilter { get; set; }
    [SupplyParameterFromQuery(Name = "type")] public string? TypeFilter { get; set; }
    [SupplyParameterFromQuery(Name = "exchange")] public int? ExchangeFilter { get; set; }
    [SupplyParameterFromQuery(Name = "q")] public string? Query { get; set; }

    /// <summary>The prerendered preview's size: one screen, enough to read before the circuit starts.</summary>
    const int PreviewRows = 25;
    /// <summary>Small boards render every row (each is in the DOM, find-in-page works); bigger ones virtualise. Measured with
    /// the board bench: a 200-row board rendered in full held 10.9 MiB per circuit, virtualised 4.1 MiB.</summary>
    const int VirtualizeAbove = 50;
    const string GridHeight = "calc(100vh - 260px)";

    MudDataGrid<SessionRow>? grid;
    MudMenu? contextMenu;
    MudMenu? actionsMenu;
    bool interactive;
    bool canDelete;
    SessionRowSet? set;
    /// <summary>The rows in the board's scope (router, type, exchange); the shared rows themselves when unscoped.</summary>
    IReadOnlyList<SessionRow> scoped = [];
    IReadOnlyList<SessionRow> view = [];
    List<RouterStatus> routers = [];
    readonly HashSet<int> selected = [];
    static readonly StateBucket[] Buckets = Enum.GetValues<StateBucket>();
    readonly int[] counts = new int[Buckets.Length];
    int? lastClicked;
    bool refreshing;
    DateTime now;
    Timer? clockTimer;

    protected override void OnInitialized()
    {
        now = Clock.GetUtcNow().UtcDateTime;
        // Prerendering produces HTML only and never sees changes.
        interactive = RendererInfo.IsInteractive;
        if (interactive) Rows.Changed += OnRowsChanged;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (set is null)
        {
            // Rows last: the board shows them together with the routers, in one render.
            await LoadRoutersAsync();
            set = await Rows.GetAsync();
        }
        ApplyFilters();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || !interactive) return;
        // Relative times ("5m ago") age; the board re-renders twice a minute, no data is fetched.
        clockTimer = new Timer(_ => InvokeAsync(() => { now = Clock.GetUtcNow().UtcDateTime; StateHasChanged(); }), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    async Task LoadRoutersAsync()
    {
        await using var scope = Work.Begin();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        routers = await db.Routers.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RouterStatus(r.Id, r.Name, r.Enabled, r.LastPolledAt, r.Reachable, r.LastError, r.Platform)).ToListAsync();
    }

    /// <summary>Rows changed (states applied, or reloaded after sessions changed): show them, keeping selection and filters.</summary>
    void OnRowsChanged(IReadOnlyList<SessionStateChanged>? changes) => InvokeAsync(async () =>
    {
        // Nothing to show yet: the board's first load is still running and takes the latest rows when it ends.
        if (set is null) return;
        var latest = await Rows.GetAsync();
        // Nothing to show: a reload this board already has, or changes of rows outside its scope (a state filter is applied
        // after the scope: a row in scope may move, so those always render).
        if (changes is null ? ReferenceEquals(latest, set) : !changes.Any(c => set.Find(c.SessionId) is { } row && InScope(row))) return;
        set = latest;
        now = Clock.GetUtcNow().UtcDateTime;
        selected.RemoveWhere(id => !set.Contains(id));
        ApplyFilters();
        StateHasChanged();
    });

    bool IsScoped => !string.IsNullOrEmpty(RouterFilter) || TypeFilter is not null || ExchangeFilter is not null;

    // An unfiltered board shows the shared rows as they are: no copy, nothing to do per change but render.
    // Filters take one pass over the rows per change; state and search are applied after the scope, as rows move between states.
    void ApplyFilters()
    {
        if (set is null) return;
        scoped = IsScoped ? set.Rows.Where(InScope).ToList() : set.Rows;
        IEnumerable<SessionRow> rows = scoped;
        var filtered = false;
        if (Enum.TryParse<StateBucket>(StateFilter, out var bucket))
        {
            rows = rows.Where(r => r.Bucket == bucket);
            filtered = true;
        }
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim();
            rows = rows.Where(r => r.PeerIp.Contains(q, StringComparison.OrdinalIgnoreCase) || r.Peer.Contains(q, StringComparison.OrdinalIgnoreCase)
                                   || r.RouterName.Contains(q, StringComparison.OrdinalIgnoreCase) || r.ExchangeName.Contains(q, StringComparison.OrdinalIgnoreCase));
            filtered = true;
        }
        view = filtered ? rows.ToList() : scoped;
        Count();
    }

    bool InScope(SessionRow r) =>
        (string.IsNullOrEmpty(RouterFilter) || r.RouterName == RouterFilter)
        && (TypeFilter is null || !Enum.TryParse<Core.Domain.SessionType>(TypeFilter, out var type) || r.Type == type)
        && (ExchangeFilter is not { } exchange || r.ExchangeId == exchange);

    void Count()
    {
        if (IsScoped)
        {
            Array.Clear(counts);
            foreach (var r in scoped) counts[(int)r.Bucket]++;
        }
        else
            foreach (var b in Buckets) counts[(int)b] = set!.Count(b);
    }

    static string Label(StateBucket b) => b switch { StateBucket.AdminDown => "Admin down", _ => b.ToString() };

    static Color CounterColor(StateBucket b) => b switch
    {
        StateBucket.Established => Color.Success,
        StateBucket.Down => Color.Error,
        _ => Color.Default,
    };

    static string Prefixes(SessionRow r) =>
        $"{r.PrefixesAccepted?.ToString() ?? "–"}/{r.PrefixesReceived?.ToString() ?? "–"}{(r.MaxPrefix is { } mp ? $" ({mp})" : "")}";

    Task FilterBucketAsync(StateBucket b) => NavigateAsync(new() { ["state"] = StateFilter == b.ToString() ? null : b.ToString() });

    Task SearchAsync(string? q) => NavigateAsync(new() { ["q"] = string.IsNullOrWhiteSpace(q) ? null : q.Trim() });

    Task ClearFiltersAsync() => NavigateAsync(new() { ["state"] = null, ["router"] = null, ["type"] = null, ["exchange"] = null, ["q"] = null });

    Task NavigateAsync(Dictionary<string, object?> changes)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(changes), replace: true);
        return Task.CompletedTask;
    }

    /// <summary>The rows as the grid shows them: the board's filters, then the grid's own column filters and sort.</summary>
    List<SessionRow> Visible => grid?.FilteredItems.ToList() ?? [.. view];

    bool AllSelected => view.Count > 0 && view.All(r => selected.Contains(r.Id));

    void ToggleAll()
    {
        var rows = Visible;
        if (rows.All(r => selected.Contains(r.Id))) selected.ExceptWith(rows.Select(r => r.Id));
        else selected.UnionWith(rows.Select(r => r.Id));
    }

    void Toggle(SessionRow row, MouseEventArgs e)
    {
        if (e.ShiftKey && lastClicked is { } anchor && SelectRange(anchor, row)) return;
        if (!selected.Add(row.Id)) selected.Remove(row.Id);
        lastClicked = row.Id;
    }

    bool SelectRange(int anchor, SessionRow row)
    {
        var rows = Visible;
        var from = rows.FindIndex(r => r.Id == anchor);
        var to = rows.FindIndex(r => r.Id == row.Id);
        if (from < 0 || to < 0) return false;
        foreach (var r in rows.Skip(Math.Min(from, to)).Take(Math.Abs(to - from) + 1)) selected.Add(r.Id);
        lastClicked = row.Id;
        return true;
    }

    /// <summary>A plain click opens the session (the seeds: "manage individual sessions by clicking on the row"); ctrl/shift select.</summary>
    void OnRowClick(DataGridRowClickEventArgs<SessionRow> args)
    {
        var e = args.MouseEventArgs;
        if (e.CtrlKey || e.MetaKey || e.ShiftKey) Toggle(args.Item, e);
        else Navigation.NavigateTo($"/sessions/{args.Item.Id}");
    }

    string RowClass(SessionRow row, int index)
    {
        var classes = $"ph-row ph-row-{row.State}";
        if (selected.Contains(row.Id)) classes += " ph-row-selected";
        if (row.ChangedAt is { } at && now - at < TimeSpan.FromSeconds(3)) classes += " ph-row-changed";
        return classes;
    }

    async Task OnContextMenuAsync(DataGridRowClickEventArgs<SessionRow> args)
    {
        // The menu holds only actions NOC staff may not run; Delete only for admins.
        if (!await Actions.CanRunAsync(SessionAction.AdminDown)) return;
        canDelete = await Actions.CanRunAsync(SessionAction.Delete);
        // Right-click on an unselected row acts on that row alone, like a file manager.
        if (!selected.Contains(args.Item.Id))
        {
            selected.Clear();
            selected.Add(args.Item.Id);
        }
        if (contextMenu is not null) await contextMenu.OpenMenuAsync(args.MouseEventArgs);
    }

    /// <summary>
    /// A menu item runs its action with the menu closed. MudMenu closes after the item's handler returns, and an action's
    /// handler returns only when its result dialog is closed: the menu stayed open behind the confirmation and the results.
    /// </summary>
    async Task RunFromMenuAsync(MudMenu? menu, SessionAction action)
    {
        if (menu is not null) await menu.CloseMenuAsync();
        await RunAsync(action);
    }

    async Task RunAsync(SessionAction action)
    {
        var rows = selected.Select(id => set?.Find(id)).OfType<SessionRow>().ToList();
        // The action's desired admin state or deletes reach every open board, this one too, through the rows' reload the
        // action publishes (OnRowsChanged); a second reload here would only repeat it.
        if (await Actions.RunAsync(action, rows) is not null && action == SessionAction.Delete) selected.Clear();
        StateHasChanged();
    }

    /// <summary>The routers Refresh polls: those of the selected sessions, or every enabled router when nothing is selected.</summary>
    List<RouterStatus> RefreshTargets
    {
        get
        {
            var ofSelection = selected.Select(id => set?.Find(id)?.RouterId).OfType<int>().ToHashSet();
            return routers.Where(r => r.Enabled && (ofSelection.Count == 0 || ofSelection.Contains(r.Id))).ToList();
        }
    }

    string RefreshLabel => selected.Count == 0 ? "Refresh" : RefreshTargets.Count is var n && n == 1 ? "Refresh (1 router)" : $"Refresh ({n} routers)";

    (int Done, int Of)? refreshProgress;

    async Task RefreshAsync()
    {
        var targets = RefreshTargets;
        refreshing = true;
        refreshProgress = (0, targets.Count);
        try
        {
            await Actions.RefreshAsync(targets, new Progress<int>(done => InvokeAsync(() => { refreshProgress = (done, targets.Count); StateHasChanged(); })));
            await ReloadRowsAsync();
        }
        finally
        {
            refreshing = false;
            refreshProgress = null;
        }
    }

    async Task ReloadRowsAsync()
    {
        set = await Rows.ReloadAsync();
        selected.RemoveWhere(id => !set.Contains(id));
        await LoadRoutersAsync();
        ApplyFilters();
    }

    async Task ExportAsync() =>
        await Js.InvokeVoidAsync("peeringHub.download", $"sessions-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv", "text/csv", SessionCsv.Write(Visible));

    public void Dispose()
    {
        if (interactive) Rows.Changed -= OnRowsChanged;
        clockTimer?.Dispose();
    }
}
