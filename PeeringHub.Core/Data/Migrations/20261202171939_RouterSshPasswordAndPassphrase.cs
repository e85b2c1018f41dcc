using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class RouterSshPasswordAndPassphrase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SshKeyPassphraseProtected",
                table: "Routers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SshPasswordProtected",
                table: "Routers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SshKeyPassphraseProtected",
                table: "Routers");

            migrationBuilder.DropColumn(
                name: "SshPasswordProtected",
                table: "Routers");
        }
    }
}
