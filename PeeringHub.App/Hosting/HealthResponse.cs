using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PeeringHub.App.Hosting;

/// <summary>/health as JSON: overall status and each check (the database today).</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, durationMs = e.Value.Duration.TotalMilliseconds }),
        }));
    }
}
