using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Data.Migrations.Sqlite
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
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Spent = table.Column<bool>(type: "INTEGER", nullable: false),
                    WindowStartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CodesInWindow = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false)
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
