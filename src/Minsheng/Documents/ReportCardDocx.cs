using Minsheng.Engine.Bulletins;

namespace Minsheng.Documents;

/// <summary>
/// The 成绩单 as a Word document: title, preface, then each group under its heading (which carries the
/// group's count: 3个项目完成全年目标) with its numbered projects. The tallies are those headings, so they
/// are not listed again above them.
/// </summary>
public static class ReportCardDocx
{
    public static byte[] Write(ReportCard card)
    {
        using var docx = new Docx();
        docx.Title(card.Title);
        docx.Paragraph(null, card.Preface);
        foreach (var group in card.Groups)
        {
            docx.Heading(group.Heading);
            foreach (var item in group.Items) docx.Paragraph($"{item.Number}. “{item.Project}”项目。", item.Text);
        }
        foreach (var closing in card.Closing) docx.Paragraph(null, closing);
        return docx.Finish();
    }
}
