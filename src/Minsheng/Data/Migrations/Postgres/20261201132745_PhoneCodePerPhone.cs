using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Minsheng.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PhoneCodePerPhone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Codes live minutes: the old table (a row per code) is dropped rather than converted.
            migrationBuilder.DropTable(name: "phone_codes");

            migrationBuilder.CreateTable(
                name: "phone_verifications",
                columns: table => new
                {
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SentAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false),
                    Spent = table.Column<bool>(type: "boolean", nullable: false),
                    WindowStartedAt = table.Column<long>(type: "bigint", nullable: false),
                    CodesInWindow = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phone_verifications", x => x.Phone);
                });

            migrationBuilder.CreateIndex(
                name: "IX_phone_verifications_ClientAddress",
                table: "phone_verifications",
                column: "ClientAddress");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "phone_verifications");

            migrationBuilder.CreateTable(
                name: "phone_codes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FailedAttempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phone_codes", x => x.Id);
                });

            migrationBuilder.CreateIndex(name: "IX_phone_codes_ClientAddress", table: "phone_codes", column: "ClientAddress");
            migrationBuilder.CreateIndex(name: "IX_phone_codes_Phone", table: "phone_codes", column: "Phone");
        }
    }
}
