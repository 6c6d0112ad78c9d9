using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minsheng.Imports;

/// <summary>The text of a Word list: paragraphs in order, and tables read as lists of projects.</summary>
internal static class WordList
{
    public static string ReadText(string fileName, byte[] content)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content), isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new ListFileException($"{fileName}: a .docx without a document body.");
            var lines = new List<string>();
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        lines.Add(paragraph.InnerText);
                        break;
                    case Table table:
                        var rows = table.Elements<TableRow>()
                            .Select(row => row.Elements<TableCell>().Select(CellText).ToArray())
                            .ToList();
                        lines.Add(TableList.ToText(rows));
                        break;
                }
            }
            return string.Join('\n', lines);
        }
        catch (OpenXmlPackageException e)
        {
            throw new ListFileException($"{fileName}: not a Word document ({e.Message}).");
        }
        catch (InvalidDataException)
        {
            throw new ListFileException($"{fileName}: a damaged Word document.");
        }
    }

    private static string CellText(TableCell cell) => string.Join("", cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
}
