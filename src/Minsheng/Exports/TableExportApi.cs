using Microsoft.AspNetCore.Http.HttpResults;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Spreadsheets;

namespace Minsheng.Exports;

/// <summary>A table of a page as the clerk sees it (filtered, searched, sorted), posted by the page's grid script.</summary>
public sealed record TableExportRequest(string? Title, IReadOnlyList<string>? Columns, IReadOnlyList<IReadOnlyList<string>>? Rows);

/// <summary>
/// Exports what a page shows as .xlsx. The page sends the cells it shows, so the workbook is exactly the table on
/// screen; nothing is read from the database, so nothing can leak that the account could not already see.
/// </summary>
public static class TableExportApi
{
    public const int MaxColumns = 60;

    public static RouteGroupBuilder MapTableExportApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/exports").WithTags("Exports").RequireAuthorization(Policies.Read).WithBodyChecks();
        group.MapPost("/table.xlsx", Export).WithSummary("The table a page shows, as .xlsx with a frozen, repeated header and landscape print.");
        return group;
    }

    private static Results<FileContentHttpResult, ValidationProblem> Export(TableExportRequest request)
    {
        var columns = request.Columns ?? [];
        if (columns.Count is 0 or > MaxColumns)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["columns"] = [ApiText.Get("ExportColumns", MaxColumns)] }, title: ApiText.Get("BodyNotValid"));
        var title = string.IsNullOrWhiteSpace(request.Title) ? ApiText.Get("ExportTitle") : request.Title.Trim();
        if (title.Length > 100) title = title[..100];
        var workbook = TableWorkbook.Write(title, columns, request.Rows ?? []);
        return TypedResults.File(workbook, Xlsx.ContentType, FileName(title) + ".xlsx");
    }

    private static string FileName(string title) =>
        new string(title.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '"' or '\\' ? '_' : c).ToArray());
}
