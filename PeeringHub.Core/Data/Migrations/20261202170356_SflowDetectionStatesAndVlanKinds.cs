using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SflowDetectionStatesAndVlanKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VlanMode",
                table: "PeeringLans",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Any");

            // a LAN with a VLAN id was matched by its tag before; say so explicitly
            migrationBuilder.Sql("UPDATE \"PeeringLans\" SET \"VlanMode\" = 'Tagged' WHERE \"VlanId\" IS NOT NULL;");

            migrationBuilder.AddColumn<long>(
                name: "AckSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "FinSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "HeaderBytes",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "InconclusiveSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "NotificationSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "OpenSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ResetSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SessionMessageSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SynSamples",
                table: "DetectedSessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VlanMode",
                table: "PeeringLans");

            migrationBuilder.DropColumn(
                name: "AckSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "FinSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "HeaderBytes",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "InconclusiveSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "NotificationSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "OpenSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "ResetSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "SessionMessageSamples",
                table: "DetectedSessions");

            migrationBuilder.DropColumn(
                name: "SynSamples",
                table: "DetectedSessions");
        }
    }
}
