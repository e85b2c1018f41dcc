using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionRouterName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RouterSessionName",
                table: "Sessions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RouterSessionName",
                table: "Sessions");
        }
    }
}
