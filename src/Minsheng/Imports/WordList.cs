using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Minsheng.Uploads;

namespace Minsheng.Imports;

/// <summary>The text of a Word list: paragraphs in order, and tables read as lists of projects.</summary>
internal static class WordList
{
    public static string ReadText(string fileName, byte[] content, TableReading reading)
    {
        try
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(content, writable: false), isEditable: false, OfficeArchive.OpenSettings);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new ListFileException(ImportText.Get("ListFileNoBody", fileName));
            var lines = new List<string>();
            var problems = new List<string>();
            if (body.Elements<Paragraph>().Count() + body.Elements<Table>().Sum(t => t.Elements<TableRow>().Count()) > OfficeArchive.MaxRows)
                throw new ListFileException(UploadText.Get("TooManyRows", fileName, OfficeArchive.MaxRows));
            var tables = body.Elements<Table>().Count();
            var tableNumber = 0;
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        lines.Add(paragraph.InnerText);
                        break;
                    case Table table:
                        var number = ++tableNumber;
                        var rows = table.Elements<TableRow>()
                            .Select(row => row.Elements<TableCell>().Select(CellText).ToArray())
                            .ToList();
                        // A row is named in its table when there are several.
                        lines.Add(TableList.ToText(rows, index => tables > 1 ? ImportText.Get("ListTableRow", fileName, number, index + 1) : ImportText.Get("ListRow", fileName, index + 1), problems, reading));
                        break;
                }
            }
            return problems.Count == 0 ? string.Join('\n', lines) : throw new ListFileException(problems);
        }
        catch (OpenXmlPackageException e)
        {
            throw new ListFileException(ImportText.Get("ListFileNotWord", fileName, e.Message));
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or FormatException or ArgumentException or IOException)
        {
            throw new ListFileException(ImportText.Get("ListFileDamagedWord", fileName));
        }
    }

    private static string CellText(TableCell cell) => string.Join("", cell.Elements<Paragraph>().Select(p => p.InnerText)).Trim();
}
