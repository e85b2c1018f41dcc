using System.Linq.Expressions;
using PeeringHub.Core.Domain;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>
/// The board's column properties, built once. A lambda written in the markup is a new expression tree on every render, and
/// MudBlazor's PropertyColumn compiles its Property again whenever the instance changes: with inline lambdas every live
/// update of an open board compiled ten expressions (a new dynamic method each).
/// </summary>
internal static class SessionBoardColumns
{
    public static readonly Expression<Func<SessionRow, string>> Router = r => r.RouterName;
    public static readonly Expression<Func<SessionRow, string>> Peer = r => r.Peer;
    public static readonly Expression<Func<SessionRow, string>> PeerIp = r => r.PeerIp;
    public static readonly Expression<Func<SessionRow, SessionType>> Type = r => r.Type;
    public static readonly Expression<Func<SessionRow, string>> Exchange = r => r.ExchangeName;
    public static readonly Expression<Func<SessionRow, AdminState>> Admin = r => r.AdminState;
    public static readonly Expression<Func<SessionRow, BgpState>> State = r => r.State;
    public static readonly Expression<Func<SessionRow, DateTime?>> Since = r => r.Since;
    public static readonly Expression<Func<SessionRow, int?>> Prefixes = r => r.PrefixesAccepted;
    public static readonly Expression<Func<SessionRow, string?>> LastError = r => r.LastError;
}
