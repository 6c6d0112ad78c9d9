using Minsheng.Engine.Bulletins;

namespace Minsheng.Documents;

/// <summary>
/// The 督查通报 as a Word document laid out as GB/T 9704 sets out a 公文: the red header (the office's mark,
/// the number and the red line), title, sections, the attachment note, the 落款 (office and date), then the
/// attached table on a landscape page.
/// </summary>
public static class BulletinDocx
{
    /// <summary>The attached table's columns that never break: 序号 and the four figures (target, node, actual, shortfall).</summary>
    public static readonly IReadOnlySet<int> WholeColumns = new HashSet<int> { 0, 4, 5, 6, 7 };

    public static byte[] Write(Bulletin bulletin)
    {
        using var docx = new Docx();
        if (bulletin.Mark is { Length: > 0 } mark) docx.RedHeader(mark, bulletin.Number);
        else docx.Centered(bulletin.Number);
        docx.Title(bulletin.Title);
        docx.Paragraph(null, bulletin.Preface);
        foreach (var section in bulletin.Sections)
        {
            if (section.Heading is { } heading) docx.Heading(heading);
            foreach (var paragraph in section.Paragraphs) docx.Paragraph(paragraph.Lead, paragraph.Text);
        }
        docx.Paragraph(null, bulletin.AttachmentNote);
        if (bulletin.Signature is { Length: > 0 } signature) docx.Signature(signature, bulletin.Date);
        docx.EndSection();
        docx.Label("附件");
        docx.Title(bulletin.Attachment.Title);
        if (bulletin.Attachment.Rows.Count == 0) docx.Paragraph(null, bulletin.Attachment.None);
        else docx.Table(bulletin.Attachment.Columns, bulletin.Attachment.Rows.Select(r => r.Cells).ToList(), WholeColumns);
        return docx.Finish(landscape: true);
    }
}
