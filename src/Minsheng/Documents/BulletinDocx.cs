using Minsheng.Engine.Bulletins;

namespace Minsheng.Documents;

/// <summary>The 督查通报 as a Word document: title, number, sections, the attachment note, then the attached table on a landscape page.</summary>
public static class BulletinDocx
{
    public static byte[] Write(Bulletin bulletin)
    {
        using var docx = new Docx();
        docx.Title(bulletin.Title);
        docx.Centered(bulletin.Number);
        docx.Paragraph(null, bulletin.Preface);
        foreach (var section in bulletin.Sections)
        {
            if (section.Heading is { } heading) docx.Heading(heading);
            foreach (var paragraph in section.Paragraphs) docx.Paragraph(paragraph.Lead, paragraph.Text);
        }
        docx.Paragraph(null, bulletin.AttachmentNote);
        docx.EndSection();
        docx.Heading("附件");
        docx.Title(bulletin.Attachment.Title);
        if (bulletin.Attachment.Rows.Count == 0) docx.Paragraph(null, bulletin.Attachment.None);
        else docx.Table(bulletin.Attachment.Columns, bulletin.Attachment.Rows.Select(r => r.Cells).ToList());
        return docx.Finish(landscape: true);
    }
}
