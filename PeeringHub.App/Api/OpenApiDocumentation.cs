using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PeeringHub.App.Auth;

namespace PeeringHub.App.Api;

/// <summary>
/// The OpenAPI document as a reader needs it: the bearer-token scheme the API takes, and a one-line summary on every
/// operation (from the endpoint when it names one, else from its method and route: "List sessions", "Update a router").
/// </summary>
public static class OpenApiDocumentation
{
    public static void Configure(OpenApiOptions o)
    {
        o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "PeeringHub API";
            doc.Info.Description = "Token-authenticated: send 'Authorization: Bearer <token>' (create tokens under your account).";
            doc.Components ??= new OpenApiComponents();
            doc.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            doc.Components.SecuritySchemes[ApiTokenDefaults.Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token from Account → API tokens.",
            };
            doc.Security ??= [];
            doc.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiTokenDefaults.Scheme, doc)] = [] });
            return Task.CompletedTask;
        });
        o.AddOperationTransformer((operation, context, _) =>
        {
            if (string.IsNullOrWhiteSpace(operation.Summary))
                operation.Summary = Summarise(context.Description.HttpMethod ?? "GET", context.Description.RelativePath ?? "");
            return Task.CompletedTask;
        });
    }

    /// <summary>"GET api/sessions/{id}" → "Get a session"; "POST api/sessions/{id}/admin-state" → "Admin state (session)".</summary>
    public static string Summarise(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "api").ToList();
        var nouns = segments.Where(s => !s.StartsWith('{')).ToList();
        if (nouns.Count == 0) return method;
        var last = segments[^1];
        var resource = Words(nouns.Count > 1 && !last.StartsWith('{') && segments.Count > 1 && segments[^2].StartsWith('{') ? nouns[^2] : nouns[^1]);
        var one = resource.EndsWith("ies") ? resource[..^3] + "y" : resource.EndsWith('s') ? resource[..^1] : resource;
        // An action under an item: POST sessions/{id}/admin-state.
        if (segments.Count > 1 && !last.StartsWith('{') && segments[^2].StartsWith('{'))
            return $"{Capital(Words(last))} ({one})";
        var onItem = last.StartsWith('{');
        return method.ToUpperInvariant() switch
        {
            "GET" => onItem ? $"Get a {one}" : $"List {resource}",
            "POST" => onItem ? $"{Capital(Words(last))}" : nouns.Count > 1 ? $"{Capital(Words(nouns[^1]))} ({Words(nouns[^2])})" : $"Create a {one}",
            "PUT" => $"Update a {one}",
            "DELETE" => $"Delete a {one}",
            var m => $"{m} {resource}",
        };
    }

    static string Words(string segment) => segment.Replace('-', ' ');
    static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
