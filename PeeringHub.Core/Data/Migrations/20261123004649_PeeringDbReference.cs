using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeeringHub.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class PeeringDbReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PeeringDbIxLanId",
                table: "PeeringLans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "KeepFields",
                table: "Networks",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "KeepFields",
                table: "Members",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "KeepFields",
                table: "Exchanges",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Pdb_fac",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_fac", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_ix",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_ix", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_ixlan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    IxId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Mtu = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_ixlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_ixpfx",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    IxLanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Protocol = table.Column<string>(type: "TEXT", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_ixpfx", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_net",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgId = table.Column<int>(type: "INTEGER", nullable: false),
                    Asn = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    IrrAsSet = table.Column<string>(type: "TEXT", nullable: true),
                    InfoPrefixes4 = table.Column<int>(type: "INTEGER", nullable: true),
                    InfoPrefixes6 = table.Column<int>(type: "INTEGER", nullable: true),
                    PolicyGeneral = table.Column<string>(type: "TEXT", nullable: true),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_net", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_netfac",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NetId = table.Column<int>(type: "INTEGER", nullable: false),
                    FacId = table.Column<int>(type: "INTEGER", nullable: false),
                    LocalAsn = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_netfac", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_netixlan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NetId = table.Column<int>(type: "INTEGER", nullable: false),
                    IxId = table.Column<int>(type: "INTEGER", nullable: false),
                    IxLanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Asn = table.Column<long>(type: "INTEGER", nullable: false),
                    Ipaddr4 = table.Column<string>(type: "TEXT", nullable: true),
                    Ipaddr6 = table.Column<string>(type: "TEXT", nullable: true),
                    IsRsPeer = table.Column<bool>(type: "INTEGER", nullable: false),
                    Speed = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_netixlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_org",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Website = table.Column<string>(type: "TEXT", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_org", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_poc",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    NetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", nullable: true),
                    Visible = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Created = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Updated = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_poc", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pdb_SyncState",
                columns: table => new
                {
                    Endpoint = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastUpserted = table.Column<int>(type: "INTEGER", nullable: false),
                    LastDeleted = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pdb_SyncState", x => x.Endpoint);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_ixlan_IxId",
                table: "Pdb_ixlan",
                column: "IxId");

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_ixpfx_IxLanId",
                table: "Pdb_ixpfx",
                column: "IxLanId");

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_net_Asn",
                table: "Pdb_net",
                column: "Asn");

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_netfac_NetId",
                table: "Pdb_netfac",
                column: "NetId");

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_netixlan_IxLanId",
                table: "Pdb_netixlan",
                column: "IxLanId");

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_netixlan_NetId",
                table: "Pdb_netixlan",
                column: "NetId");

            migrationBuilder.CreateIndex(
                name: "IX_Pdb_poc_NetId",
                table: "Pdb_poc",
                column: "NetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Pdb_fac");

            migrationBuilder.DropTable(
                name: "Pdb_ix");

            migrationBuilder.DropTable(
                name: "Pdb_ixlan");

            migrationBuilder.DropTable(
                name: "Pdb_ixpfx");

            migrationBuilder.DropTable(
                name: "Pdb_net");

            migrationBuilder.DropTable(
                name: "Pdb_netfac");

            migrationBuilder.DropTable(
                name: "Pdb_netixlan");

            migrationBuilder.DropTable(
                name: "Pdb_org");

            migrationBuilder.DropTable(
                name: "Pdb_poc");

            migrationBuilder.DropTable(
                name: "Pdb_SyncState");

            migrationBuilder.DropColumn(
                name: "PeeringDbIxLanId",
                table: "PeeringLans");

            migrationBuilder.DropColumn(
                name: "KeepFields",
                table: "Networks");

            migrationBuilder.DropColumn(
                name: "KeepFields",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "KeepFields",
                table: "Exchanges");
        }
    }
}
