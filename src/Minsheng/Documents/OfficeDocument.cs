using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Documents;

/// <summary>The documents Minsheng writes for a plan at a month.</summary>
public enum DocumentKind { Bulletin, Card, Table }

/// <summary>A written document: its bytes, content type and a file name that says what and when.</summary>
public sealed record OfficeDocument(byte[] Content, string ContentType, string FileName)
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Writes one document from the engine's figures and the office's records at the month, or none
    /// where the source holds none (a plan document). Throws <see cref="NoMonthEndedException"/> when no month has ended by the as-of date.
    /// </summary>
    public static OfficeDocument Write(DocumentKind kind, Plan plan, Summary summary, OfficeRecords? records, DocumentTemplate template)
    {
        var month = summary.Period is { } p ? $"{p.Year}-{p.Month:D2}" : summary.AsOf.ToString("yyyy-MM-dd");
        switch (kind)
        {
            case DocumentKind.Bulletin:
                var bulletin = BulletinBuilder.Build(plan, summary, records, template);
                return new OfficeDocument(BulletinDocx.Write(bulletin), DocxType, $"{plan.Title}-{month}-督查通报.docx");
            case DocumentKind.Card:
                var card = ReportCardBuilder.Build(plan, summary, template);
                return new OfficeDocument(ReportCardDocx.Write(card), DocxType, $"{plan.Title}-{month}-成绩单.docx");
            default:
                var table = BulletinBuilder.Build(plan, summary, records, template).Attachment;
                var asOf = $"截至{ChineseFigures.MonthEnd(summary.Period!.Value)}";
                return new OfficeDocument(AttachmentXlsx.Write(table, asOf), XlsxType, $"{plan.Title}-{month}-汇总表.xlsx");
        }
    }
}
