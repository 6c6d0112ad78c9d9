using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minsheng.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PhotoOncePerFile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_photos_ProjectId_UploadHash",
                table: "photos");

            migrationBuilder.CreateIndex(
                name: "IX_photos_ProjectId_UploadHash",
                table: "photos",
                columns: new[] { "ProjectId", "UploadHash" },
                unique: true,
                filter: "\"RemovedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_photos_ProjectId_UploadHash",
                table: "photos");

            migrationBuilder.CreateIndex(
                name: "IX_photos_ProjectId_UploadHash",
                table: "photos",
                columns: new[] { "ProjectId", "UploadHash" });
        }
    }
}
