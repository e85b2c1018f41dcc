using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <summary>Router SSH password and key passphrase (encrypted); SMTP security as four choices (STARTTLS on → required,
    /// off → none, as the old switch meant) and an SMTP timeout.</summary>
    public partial class RouterSshSecretsAndSmtpSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "SshKeyPassphraseProtected", table: "Routers", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<string>(name: "SshPasswordProtected", table: "Routers", type: "TEXT", nullable: true);
            migrationBuilder.AddColumn<int>(name: "SmtpSecurity", table: "PeeringManagerSettings", type: "INTEGER", nullable: false, defaultValue: 0);
            migrationBuilder.AddColumn<int>(name: "SmtpTimeoutSeconds", table: "PeeringManagerSettings", type: "INTEGER", nullable: false, defaultValue: 30);
            migrationBuilder.Sql("UPDATE PeeringManagerSettings SET SmtpSecurity = 2 WHERE SmtpStartTls = 1;");
            migrationBuilder.DropColumn(name: "SmtpStartTls", table: "PeeringManagerSettings");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(name: "SmtpStartTls", table: "PeeringManagerSettings", type: "INTEGER", nullable: false, defaultValue: false);
            migrationBuilder.Sql("UPDATE PeeringManagerSettings SET SmtpStartTls = 1 WHERE SmtpSecurity <> 0;");
            migrationBuilder.DropColumn(name: "SmtpSecurity", table: "PeeringManagerSettings");
            migrationBuilder.DropColumn(name: "SmtpTimeoutSeconds", table: "PeeringManagerSettings");
            migrationBuilder.DropColumn(name: "SshKeyPassphraseProtected", table: "Routers");
            migrationBuilder.DropColumn(name: "SshPasswordProtected", table: "Routers");
        }
    }
}
