using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SentMails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SentMails",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromNetworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerNetworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    SessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Cc = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 998, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    TestMode = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentMails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SentMails_Networks_FromNetworkId",
                        column: x => x.FromNetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SentMails_Networks_PeerNetworkId",
                        column: x => x.PeerNetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SentMails_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SentMails_FromNetworkId",
                table: "SentMails",
                column: "FromNetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_SentMails_PeerNetworkId_SentAt",
                table: "SentMails",
                columns: new[] { "PeerNetworkId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SentMails_SessionId_SentAt",
                table: "SentMails",
                columns: new[] { "SessionId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SentMails");
        }
    }
}
