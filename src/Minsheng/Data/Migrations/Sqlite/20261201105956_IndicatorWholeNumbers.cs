using Microsoft.EntityFrameworkCore.Migrations;
using Minsheng.Engine.Model;

#nullable disable

namespace Minsheng.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorWholeNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WholeNumbers",
                table: "indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Indicators stored before take whole numbers as an import now sets them: milestones, and
            // counts (户, 所) whose target and figures so far are whole.
            var counts = string.Join(", ", CountUnits.Names.Select(unit => $"'{unit}'"));
            migrationBuilder.Sql($"""
                UPDATE indicators SET "WholeNumbers" = 1
                WHERE "Kind" = 'Milestone'
                   OR (trim("Unit") IN ({counts}) AND "Target" % 1000000 = 0
                       AND NOT EXISTS (SELECT 1 FROM indicator_reports r WHERE r."IndicatorId" = indicators."Id" AND r."Actual" % 1000000 <> 0));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WholeNumbers",
                table: "indicators");
        }
    }
}
