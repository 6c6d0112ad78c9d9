using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Bulletins;
using Minsheng.Plans;

namespace Minsheng.Documents;

/// <summary>
/// The documents of a stored plan at a month (?month=2023-06, or the latest published), from its
/// published figures and open problems. Any signed-in account may download them: every figure and
/// problem in them is already readable by that account on the dashboard, the API and the problems page.
/// </summary>
public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}/documents").WithTags("Documents").RequireAuthorization(Policies.Read);

        group.MapGet("/bulletin.docx", Bulletin).WithSummary("督查通报 (.docx) of a month.");
        group.MapGet("/card.docx", Card).WithSummary("成绩单 (.docx) of a month.");
        group.MapGet("/table.xlsx", Table).WithSummary("汇总表 of lagging items (.xlsx) of a month.");
        group.MapGet("/bulletin.pdf", BulletinPdf).WithSummary("督查通报 as PDF (LibreOffice headless); 503 with the reason where it is not installed.");
        group.MapGet("/card.pdf", CardPdf).WithSummary("成绩单 as PDF (LibreOffice headless).");
        group.MapGet("/table.pdf", TablePdf).WithSummary("汇总表 of lagging items as PDF (LibreOffice headless).");

        return group;
    }

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Bulletin(int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken) =>
        Download(DocumentKind.Bulletin, id, month, db, configuration, cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Card(int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken) =>
        Download(DocumentKind.Card, id, month, db, configuration, cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> Table(int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken) =>
        Download(DocumentKind.Table, id, month, db, configuration, cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> BulletinPdf(int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken) =>
        Download(DocumentKind.Bulletin, id, month, db, configuration, cancellationToken, pdf: true);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> CardPdf(int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken) =>
        Download(DocumentKind.Card, id, month, db, configuration, cancellationToken, pdf: true);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> TablePdf(int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken) =>
        Download(DocumentKind.Table, id, month, db, configuration, cancellationToken, pdf: true);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        DocumentKind kind, int id, string? month, MinshengDb db, IConfiguration configuration, CancellationToken cancellationToken, bool pdf = false)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound($"There is no plan {id}.");
        var view = (await PlanAtMonth.LoadAsync(db, id, month, cancellationToken))!;
        if (view.Summary.Period is null) return ApiProblems.NotFound($"Plan {id} has no month with figures yet.");
        try
        {
            var document = OfficeDocument.Write(kind, view.Plan, view.Summary, await MonthRecords.LoadAsync(db, view, cancellationToken), DocumentTemplates.Load(configuration));
            if (pdf) document = await PdfConversion.ConvertAsync(document, configuration, cancellationToken);
            return TypedResults.File(document.Content, document.ContentType, document.FileName);
        }
        catch (PdfUnavailableException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: DocumentText.Get("PdfTitle"));
        }
        catch (InvalidTemplateException e)
        {
            // The office's template file is broken: documents wait until it is put right (the message names file and JSON path).
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: DocumentText.Get("TemplateTitle"));
        }
    }
}
