using PeeringHub.Core.Mail;
using PeeringHub.Core.PeeringManager;

namespace PeeringHub.App.Api.PeeringManager;

/// <summary>POST /api/peering-manager/request. Mail fields left null keep the composed values.</summary>
public sealed record PeeringRequestBody(
    int Network, int Lan, int Peer, bool CopyToMeOnly = false, bool MarkOnly = false, bool ConfirmRepeat = false,
    string? To = null, string? Cc = null, string? Bcc = null, string? Subject = null, string? Body = null)
{
    public PeeringRequestCommand ToCommand(MailDraft? composed)
    {
        MailDraft? draft = null;
        if (composed is not null && (To ?? Cc ?? Bcc ?? Subject ?? Body) is not null)
        {
            draft = composed.Copy();
            draft.To = To ?? draft.To;
            draft.Cc = Cc ?? draft.Cc;
            draft.Bcc = Bcc ?? draft.Bcc;
            draft.Subject = Subject ?? draft.Subject;
            draft.Body = Body ?? draft.Body;
        }
        return new PeeringRequestCommand
        {
            NetworkId = Network, LanId = Lan, PeerNetworkId = Peer, Draft = draft, CopyToMeOnly = CopyToMeOnly, MarkOnly = MarkOnly, ConfirmRepeat = ConfirmRepeat,
        };
    }
}
