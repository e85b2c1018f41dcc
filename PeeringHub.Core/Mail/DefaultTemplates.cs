namespace PeeringHub.Core.Mail;

/// <summary>
/// Built-in templates. First line "Subject: ...", then the body; {{placeholders}} are listed in <see cref="MailTemplate"/>.
/// Admins replace the peering request on the Settings page or with PeeringHub:PeeringManager:TemplateFile.
/// </summary>
public static class DefaultTemplates
{
    public const string PeeringRequest = """
        Subject: [Peering request] AS{{peer.asn}} {{peer.name}} <> AS{{our.asn}} {{our.name}}
        Dear {{peer.name}} peering team,

        We are {{our.name}} (AS{{our.asn}}) and would like to set up bilateral BGP sessions with you where we meet:

        {{exchanges}}

        Our details:
          ASN:            AS{{our.asn}}
          AS-SET:         {{our.asset}}
          Max prefixes:   IPv4 {{our.maxprefix4}} / IPv6 {{our.maxprefix6}}
          Peering policy: {{our.policy}}
          Peering e-mail: {{our.peering}}
          NOC e-mail:     {{our.noc}}

        Please reply to confirm and we will configure our side.

        Kind regards,
        {{sender}}
        {{org.name}} | {{org.web}} | {{org.phone}}
        """;

    public const string NocContact = """
        Subject: AS{{our.asn}} {{our.name}} NOC contact regarding AS{{peer.asn}} {{peer.name}}
        Dear {{peer.name}} NOC,

        We are contacting you about our BGP sessions with AS{{peer.asn}}:

        {{exchanges}}

        Please reach our NOC at {{our.noc}}.

        Kind regards,
        {{sender}}
        {{org.name}} | {{org.noc}}
        """;

    public const string MaintenanceNotice = """
        Subject: Planned maintenance: AS{{our.asn}} {{our.name}} sessions with AS{{peer.asn}}
        Dear {{peer.name}} NOC,

        We will perform maintenance affecting our BGP sessions with you:

        {{exchanges}}

        Window: (please fill in)
        Impact: sessions will be shut down gracefully and restored afterwards.

        Questions: {{our.noc}}

        Kind regards,
        {{sender}}
        {{org.name}} | {{org.noc}}
        """;
}
