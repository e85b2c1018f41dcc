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
/// The live session board: loads once, then applies state changes from the feed to the affected rows only,
/// keeping the user's selection, scroll position and filters. Filters live in the URL. A click on a row opens the
/// session; the checkbox, ctrl-click and shift-click select.
/// </summary>
public partial class SessionBoard
{
    [Inject] UnitOfWork Work { get; set; } = default!;
    [Inject] SessionStateFeed Feed { get; set; } = default!;
    [Inject] NavigationManager Navigation { get; set; } = default!;
    [Inject] IJSRuntime Js { get; set; } = default!;
    [Inject] SessionBoardActions Actions { get; set; } = default!;
    [Inject] TimeProvider Clock { get; set; } = default!;
    [Inject] SessionCatalogFeed Catalog { get; set; } = default!;

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
    bool interactive;
    bool canDelete;
    List<SessionRow> all = [];
    Dictionary<int, SessionRow> byId = [];
    List<SessionRow> view = [];
    List<RouterStatus> routers = [];
    readonly HashSet<int> selected = [];
    readonly int[] counts = new int[4];
    int? lastClicked;
    bool refreshing;
    DateTime now;
    IDisposable? subscription;
    Timer? clockTimer;

    protected override void OnInitialized()
    {
        now = Clock.GetUtcNow().UtcDateTime;
        // Follow the feed before the first load: a change between loading and subscribing would never reach this board.
        // Prerendering produces HTML only and never sees changes.
        interactive = RendererInfo.IsInteractive;
        if (!interactive) return;
        subscription = Feed.Subscribe(OnStateChanged);
        Catalog.Changed += OnCatalogChanged;
    }

    // Router, type and exchange narrow what is loaded (in SQL): a board scoped to one router holds only its rows.
    // State and search filter the loaded rows in memory, because live changes move rows between states.
    (string?, string?, int?) Scope => (RouterFilter, TypeFilter, ExchangeFilter);
    (string?, string?, int?)? loadedScope;

    protected override async Task OnParametersSetAsync()
    {
        if (loadedScope != Scope) await LoadAsync();
        else ApplyFilters();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || !interactive) return;
        // Relative times ("5m ago") age; the board re-renders twice a minute, no data is fetched.
        clockTimer = new Timer(_ => InvokeAsync(() => { now = Clock.GetUtcNow().UtcDateTime; StateHasChanged(); }), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    /// <summary>Changes that arrived while a load was running; replayed on its result (applying one twice is harmless).</summary>
    List<SessionStateChanged>? arrivedWhileLoading;
    int loadGeneration;

    async Task LoadAsync()
    {
        var generation = ++loadGeneration;
        arrivedWhileLoading ??= [];
        await using var scope = Work.Begin();
        var db = scope.ServiceProvider.GetRequiredService<PeeringHubDbContext>();
        // One projected query (no entity graph): the board's first render with 10,000 sessions is dominated by this.
        var query = db.Sessions.AsNoTracking();
        if (!string.IsNullOrEmpty(RouterFilter)) query = query.Where(s => s.Router!.Name == RouterFilter);
        if (Enum.TryParse<Core.Domain.SessionType>(TypeFilter, out var type)) query = query.Where(s => s.Type == type);
        if (ExchangeFilter is { } exchange) query = query.Where(s => s.PeeringLan!.ExchangeId == exchange);
        var ordered = query.OrderBy(s => s.Router!.Name).ThenBy(s => s.PeerAsn).ThenBy(s => s.PeerIp);
        // Prerendering shows one screen; the circuit loads everything right after.
        var loaded = await (interactive || Enum.TryParse<StateBucket>(StateFilter, out _) || !string.IsNullOrWhiteSpace(Query) ? ordered : ordered.Take(PreviewRows))
            .Select(SessionRow.Projection).ToListAsync();
        var routerList = await db.Routers.AsNoTracking().OrderBy(r => r.Name).Select(r => new RouterStatus(r.Id, r.Name, r.Enabled, r.LastPolledAt, r.Reachable, r.LastError, r.Platform)).ToListAsync();
        if (generation != loadGeneration) return; // a newer load (another scope, a catalog change) replaces this one
        all = loaded;
        loadedScope = Scope;
        byId = all.ToDictionary(r => r.Id);
        routers = routerList;
        var late = arrivedWhileLoading;
        arrivedWhileLoading = null;
        ApplyChanges(late);
        selected.IntersectWith(byId.Keys);
        ApplyFilters();
    }

    void OnStateChanged(IReadOnlyList<SessionStateChanged> changes) => InvokeAsync(() =>
    {
        arrivedWhileLoading?.AddRange(changes);
        if (!ApplyChanges(changes)) return;
        Count();
        StateHasChanged();
    });

    bool ApplyChanges(IEnumerable<SessionStateChanged> changes)
    {
        now = Clock.GetUtcNow().UtcDateTime;
        var touched = false;
        foreach (var c in changes)
            if (byId.TryGetValue(c.SessionId, out var row))
            {
                row.Apply(c, now);
                touched = true;
            }
        return touched;
    }

    // Sessions were created or deleted somewhere (wizard, API, another board): reload, keeping selection and filters.
    void OnCatalogChanged() => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); });

    void ApplyFilters()
    {
        IEnumerable<SessionRow> rows = all;
        if (Enum.TryParse<StateBucket>(StateFilter, out var bucket)) rows = rows.Where(r => r.Bucket == bucket);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var q = Query.Trim();
            rows = rows.Where(r => r.PeerIp.Contains(q, StringComparison.OrdinalIgnoreCase) || r.Peer.Contains(q, StringComparison.OrdinalIgnoreCase)
                                   || r.RouterName.Contains(q, StringComparison.OrdinalIgnoreCase) || r.ExchangeName.Contains(q, StringComparison.OrdinalIgnoreCase));
        }
        view = rows.ToList();
        Count();
    }

    void Count()
    {
        Array.Clear(counts);
        foreach (var r in all) counts[(int)r.Bucket]++;
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
    List<SessionRow> Visible => grid?.FilteredItems.ToList() ?? view;

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

    async Task RunAsync(SessionAction action)
    {
        var rows = selected.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        if (await Actions.RunAsync(action, rows) is not null)
        {
            if (action == SessionAction.Delete) selected.Clear();
            await LoadAsync();
        }
        StateHasChanged();
    }

    /// <summary>The routers Refresh polls: those of the selected sessions, or every enabled router when nothing is selected.</summary>
    List<RouterStatus> RefreshTargets
    {
        get
        {
            var ofSelection = selected.Select(id => byId.GetValueOrDefault(id)?.RouterId).OfType<int>().ToHashSet();
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
            await LoadAsync();
        }
        finally
        {
            refreshing = false;
            refreshProgress = null;
        }
    }

    async Task ExportAsync() =>
        await Js.InvokeVoidAsync("peeringHub.download", $"sessions-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv", "text/csv", SessionCsv.Write(Visible));

    public void Dispose()
    {
        subscription?.Dispose();
        Catalog.Changed -= OnCatalogChanged;
        clockTimer?.Dispose();
    }
}
