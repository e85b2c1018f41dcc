using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeeringManager : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeeringManagerSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DefaultLanId = table.Column<int>(type: "INTEGER", nullable: true),
                    DetectionWindowDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RepeatWarningDays = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", nullable: true),
                    OrganisationEmail = table.Column<string>(type: "TEXT", nullable: true),
                    OrganisationPhone = table.Column<string>(type: "TEXT", nullable: true),
                    OrganisationWeb = table.Column<string>(type: "TEXT", nullable: true),
                    OrganisationNocEmail = table.Column<string>(type: "TEXT", nullable: true),
                    TestMode = table.Column<bool>(type: "INTEGER", nullable: false),
                    TestAddress = table.Column<string>(type: "TEXT", nullable: true),
                    TestNote = table.Column<bool>(type: "INTEGER", nullable: false),
                    TestDate = table.Column<bool>(type: "INTEGER", nullable: false),
                    SmtpHost = table.Column<string>(type: "TEXT", nullable: true),
                    SmtpPort = table.Column<int>(type: "INTEGER", nullable: false),
                    SmtpStartTls = table.Column<bool>(type: "INTEGER", nullable: false),
                    SmtpUser = table.Column<string>(type: "TEXT", nullable: true),
                    SmtpPasswordProtected = table.Column<string>(type: "TEXT", nullable: true),
                    MailFrom = table.Column<string>(type: "TEXT", nullable: true),
                    RequestTemplate = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeeringManagerSettings", x => x.Id);
                    table.CheckConstraint("CK_PeeringManagerSettings_Single", "\"Id\" = 1");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeeringManagerSettings");
        }
    }
}
