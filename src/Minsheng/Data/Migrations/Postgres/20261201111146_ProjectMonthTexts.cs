using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProjectMonthTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovedPublicProgress",
                table: "project_reports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NextSteps",
                table: "project_reports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Problems",
                table: "project_reports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicProgress",
                table: "project_reports",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedPublicProgress",
                table: "project_reports");

            migrationBuilder.DropColumn(
                name: "NextSteps",
                table: "project_reports");

            migrationBuilder.DropColumn(
                name: "Problems",
                table: "project_reports");

            migrationBuilder.DropColumn(
                name: "PublicProgress",
                table: "project_reports");
        }
    }
}
