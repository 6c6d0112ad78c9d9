using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportingChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "publications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_publications_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submissions_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_events_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // SQLite cannot add a foreign key to a table: EF Core would rebuild both report tables, switching
            // foreign keys off outside the migration's transaction. A column added with its reference needs no rebuild.
            migrationBuilder.Sql("""
                ALTER TABLE "project_reports" ADD "SubmissionId" INTEGER NULL
                    CONSTRAINT "FK_project_reports_submissions_SubmissionId" REFERENCES "submissions" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.Sql("""
                ALTER TABLE "indicator_reports" ADD "SubmissionId" INTEGER NULL
                    CONSTRAINT "FK_indicator_reports_submissions_SubmissionId" REFERENCES "submissions" ("Id") ON DELETE RESTRICT;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_project_reports_SubmissionId",
                table: "project_reports",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_indicator_reports_SubmissionId",
                table: "indicator_reports",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_publications_PlanId_Year_Month",
                table: "publications",
                columns: new[] { "PlanId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_submission_events_SubmissionId",
                table: "submission_events",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_PlanId_Year_Month_Unit",
                table: "submissions",
                columns: new[] { "PlanId", "Year", "Month", "Unit" });

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_indicator_reports_submissions_SubmissionId",
                table: "indicator_reports");

            migrationBuilder.DropForeignKey(
                name: "FK_project_reports_submissions_SubmissionId",
                table: "project_reports");

            migrationBuilder.DropTable(
                name: "publications");

            migrationBuilder.DropTable(
                name: "submission_events");

            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropIndex(
                name: "IX_project_reports_SubmissionId",
                table: "project_reports");

            migrationBuilder.DropIndex(
                name: "IX_indicator_reports_SubmissionId",
                table: "indicator_reports");

            migrationBuilder.DropColumn(
                name: "SubmissionId",
                table: "project_reports");

            migrationBuilder.DropColumn(
                name: "SubmissionId",
                table: "indicator_reports");
        }
    }
}
