using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PeeringHub.App.Api.PeeringManager;
using PeeringHub.App.Components.Pages.PeeringManager;
using PeeringHub.Core.Data;
using PeeringHub.Core.Domain;
using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.App.Api;

/// <summary>
/// /api/peering-manager: the four tabs, moves and peering requests. Open to every signed-in user like the page; the service
/// limits Member users to their own network (403 otherwise) and answers 404 while the peering manager is disabled.
/// </summary>
public static class PeeringManagerEndpoints
{
    public static RouteGroupBuilder MapPeeringManagerApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/peering-manager").WithTags("Peering manager");
        group.MapGet("/", async Task<Results<Ok<PeeringManagerDto>, ProblemHttpResult>> (int? network, int? lan, ClaimsPrincipal user, PeeringHubDbContext db, PeeringManagerService service, CancellationToken ct) =>
        {
            var view = await service.LoadAsync(await PeeringManagerCallers.FromAsync(user, db, ct), network, lan, ct);
            return view.Result.Succeeded ? TypedResults.Ok(PeeringManagerDto.From(view)) : Problem(view.Result);
        });
        group.MapPost("/move", async Task<Results<Ok<PeeringManagerResult>, ProblemHttpResult>> (PeeringMoveBody body, ClaimsPrincipal user, PeeringHubDbContext db, PeeringManagerService service, CancellationToken ct) =>
        {
            if (!Enum.TryParse<PeeringTab>(body.Tab, ignoreCase: true, out var tab) || !Enum.IsDefined(tab))
                return Problem(new PeeringManagerResult(PeeringManagerOutcome.Invalid, "tab must be Potential, PotentialBilateral, Peers or Rejected."));
            var result = await service.MoveAsync(await PeeringManagerCallers.FromAsync(user, db, ct), body.Network, body.Lan, body.Peer, tab, ct);
            return result.Succeeded ? TypedResults.Ok(result) : Problem(result);
        });
        group.MapPost("/request", async Task<Results<Ok<PeeringManagerResult>, ProblemHttpResult>> (PeeringRequestBody body, ClaimsPrincipal user, PeeringHubDbContext db,
            PeeringRequestService requests, PeerMailComposer composer, CancellationToken ct) =>
        {
            var caller = await PeeringManagerCallers.FromAsync(user, db, ct);
            // Compose only for an allowed caller: the draft holds the other network's details.
            var composed = caller.CanView(body.Network) ? await composer.ComposeAsync(body.Network, body.Peer, MailPurpose.PeeringRequest, caller, ct) : null;
            var result = await requests.SendAsync(caller, body.ToCommand(composed), ct);
            return result.Succeeded ? TypedResults.Ok(result) : Problem(result);
        });
        return group;
    }

    static ProblemHttpResult Problem(PeeringManagerResult r) => TypedResults.Problem(detail: r.Message, title: r.Outcome.ToString(), statusCode: r.Outcome switch
    {
        PeeringManagerOutcome.Forbidden => StatusCodes.Status403Forbidden,
        PeeringManagerOutcome.NotFound or PeeringManagerOutcome.Disabled => StatusCodes.Status404NotFound,
        PeeringManagerOutcome.NeedsConfirmation => StatusCodes.Status409Conflict,
        PeeringManagerOutcome.SendFailed => StatusCodes.Status502BadGateway,
        _ => StatusCodes.Status400BadRequest,
    });
}
