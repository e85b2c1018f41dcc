using System.Globalization;
using System.Text;

namespace PeeringHub.App.Components.Pages.Sessions;

/// <summary>The board's filtered view as CSV (RFC 4180 quoting).</summary>
public static class SessionCsv
{
    public static string Write(IEnumerable<SessionRow> rows)
    {
        var sb = new StringBuilder("router,peer_asn,peer_name,peer_ip,type,exchange,peer_group,admin_state,state,since_utc,prefixes_received,prefixes_accepted,max_prefix,last_error\n");
        foreach (var r in rows)
            sb.AppendJoin(',', new[] {r.RouterName, r.PeerAsn.ToString(CultureInfo.InvariantCulture), r.PeerName, r.PeerIp, r.Type.ToString(), r.ExchangeName, r.PeerGroupName,
                    r.AdminState.ToString(), r.State.ToString(), r.Since?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "",
                    r.PrefixesReceived?.ToString(CultureInfo.InvariantCulture) ?? "", r.PrefixesAccepted?.ToString(CultureInfo.InvariantCulture) ?? "",
                    r.MaxPrefix?.ToString(CultureInfo.InvariantCulture) ?? "", r.LastError ?? "" }.Select(Quote))
              .Append('\n');
        return sb.ToString();
    }

    /// <summary>Characters with which a spreadsheet starts a formula (OWASP "CSV injection"): a cell starting with one gets a
    /// leading apostrophe, so a peer's name or a router's error text cannot run as a formula.</summary>
    static readonly char[] FormulaStart = ['=', '+', '-', '@', '\t', '\r'];

    static string Quote(string value)
    {
        var formula = value.Length > 0 && FormulaStart.Contains(value[0]);
        return formula || value.IndexOfAny([',', '"', '\n', '\r']) >= 0
            ? "\"" + (formula ? "'" : "") + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
