using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PeeringHub.App.Auth;
using PeeringHub.Core.Mail;

namespace PeeringHub.App.Api;

/// <summary>POST /api/settings/test-mail (admins): sends one test mail through the saved SMTP settings and returns the server's answer.</summary>
public static class TestMailEndpoints
{
    public sealed record TestMailBody(string? To);

    /// <param name="Sent">True when the server accepted the mail.</param>
    /// <param name="ServerReply">The server's answer on acceptance. Example: <c>Ok: queued as 4F2A1</c>.</param>
    /// <param name="Error">Why it was not sent. Example: <c>The SMTP server smtp.example.net:587 refused the user name or password (535: …)</c>.</param>
    public sealed record TestMailDto(bool Sent, string? ServerReply, string? MessageId, string? Error);

    public static void MapTestMailApi(this RouteGroupBuilder api) =>
        api.MapPost("/settings/test-mail", async Task<Results<Ok<TestMailDto>, ProblemHttpResult>> (TestMailBody body, ClaimsPrincipal user, TestMailService mail, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.To)) return TypedResults.Problem(detail: "To: an address is required.", statusCode: StatusCodes.Status400BadRequest);
            var r = await mail.SendAsync(body.To, user.Identity?.Name ?? "an admin", ct);
            // A refused mail is still an answer from the server (200 with Sent = false); bad input is a 400.
            return !r.InvalidDraft
                ? TypedResults.Ok(new TestMailDto(r.Sent, r.ServerReply, r.MessageId, r.Error))
                : TypedResults.Problem(detail: r.Error, statusCode: StatusCodes.Status400BadRequest);
        }).WithTags("Settings").RequireAuthorization(Policies.Admin);
}
