using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PeeringHub.App.Auth;
using PeeringHub.App.Hosting.KeyRing;
using PeeringHub.Core;
using PeeringHub.Core.Audit;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.PeeringManager;
using PeeringHub.Core.Reference;
using PeeringHub.Routers;
using PeeringHub.Routers.Polling;
using PeeringHub.Sflow.Collector;
using PeeringHub.Sflow.Demo;
using MudBlazor;
using MudBlazor.Services;

namespace PeeringHub.App.Hosting;

public static class AppServiceCollectionExtensions
{
    /// <summary>Everything the web app needs: Core, identity and auth, Blazor with MudBlazor, API plumbing, health.</summary>
    public static WebApplicationBuilder AddPeeringHub(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // `dotnet run` from build output serves package assets (MudBlazor's CSS/JS) through the static web assets manifest,
        // which ASP.NET enables only in Development by default; published output does not need it and is unaffected.
        builder.WebHost.UseStaticWebAssets();
        var dataDir = DataDirectory.Resolve(builder.Configuration, builder.Environment);
        var connectionString = DataDirectory.ConnectionString(builder.Configuration, dataDir);
        DataDirectory.RestrictDatabaseFile(connectionString);
        services.AddPeeringHubCore(connectionString);
        services.AddReferenceData(builder.Configuration);
        services.AddRouterDrivers();
        services.AddSessionPolling();
        services.AddSflowCollector(builder.Configuration);
        services.AddDemoSflowSender();
        services.AddOptions<PeeringMatrixOptions>().BindConfiguration(PeeringMatrixOptions.Section);
        services.AddSingleton<PeeringMatrixAccess>();
        services.AddPeeringManager();
        services.AddPeeringHubDataProtection(builder.Configuration, Path.Combine(dataDir, "keys"));

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddScoped<UnitOfWork>();
        services.AddScoped<PeeringHub.App.Components.Layout.ThemePreference>();
        services.AddScoped<PeeringHub.App.Components.Shared.CrudActions>();
        services.AddScoped<PeeringHub.App.Components.Pages.Sessions.SessionBoardActions>();
        services.AddSingleton<PeeringHub.App.Components.Pages.Sessions.LiveSessionRows>();
        services.AddHostedService<PeeringHub.App.Components.Pages.Sessions.LiveSessionRowsPreload>();
        services.AddHostedService<PeeringHub.App.Components.Pages.Sessions.SessionBoardWarmUp>();
        services.AddPeeringHubIdentity();

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(o =>
        {
            // Bottom right: a top snackbar sits over the app bar and the toolbar's buttons (z-index 1500 > 1300).
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.PreventDuplicates = true;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddProblemDetails();
        services.AddOpenApi(Api.OpenApiDocumentation.Configure);
        // Enums travel as names ("Established"), which scripts can read; numbers are still accepted on input.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new Api.IpAddressJsonConverter());
            // {"name":"a","name":"b"} is ambiguous (which one did a proxy or a validator see?): refused.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        // Binding errors become exceptions in every environment; ApiProblems turns them into RFC 7807 answers.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddHostedService<Hubs.SessionsHubBroadcaster>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    static void AddPeeringHubIdentity(this IServiceCollection services)
    {
        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                // Failed logins are throttled per (name, client address) by LoginThrottle; Identity's lockout is the admin's lock only.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PeeringHubDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "PeeringHub.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                // A page the user may not open answers 403 (rendered by the status-code page), not a redirect.
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddOptions<LoginRevalidationOptions>().BindConfiguration(LoginRevalidationOptions.Section)
            .Validate(o => o.CookieInterval >= TimeSpan.Zero && o.CircuitInterval >= TimeSpan.FromSeconds(1), "Auth intervals: cookie ≥ 0, circuit ≥ 1 s.").ValidateOnStart();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<Microsoft.Extensions.Options.IOptions<LoginRevalidationOptions>>((o, r) => o.ValidationInterval = r.Value.CookieInterval);
        services.AddScoped<SecurityStampCheck>();
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section)
            .Validate(o => o.FreeAttempts >= 1 && o.FirstDelay > TimeSpan.Zero && o.MaxDelay >= o.FirstDelay && o.MaxEntries >= 100, "Auth:Throttle: FreeAttempts ≥ 1, 0 < FirstDelay ≤ MaxDelay, MaxEntries ≥ 100.").ValidateOnStart();
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, StampRevalidatingAuthenticationStateProvider>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.Scheme, null);
        services.AddAuthorization(Policies.Add);
    }
}
