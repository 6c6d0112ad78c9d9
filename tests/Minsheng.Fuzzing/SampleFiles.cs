using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using ImageMagick;

namespace Minsheng.Fuzzing;

/// <summary>Small valid files of each kind the product reads, for the harness to break.</summary>
public static class SampleFiles
{
    public static byte[] ListText() => Encoding.UTF8.GetBytes("一、教育惠民\n1. 新建改扩建中小学校8所，新增学位9600个。（市教育局）\n二、医疗卫生\n2. 新建社区卫生服务中心3个。（市卫生健康委）\n");

    public static byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("一、教育惠民"))),
                new W.Paragraph(new W.Run(new W.Text("1. 新建改扩建中小学校8所。（市教育局）")))));
        }
        return stream.ToArray();
    }

    public static byte[] Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in rows)
            {
                data.Append(new Row(row.Select(value => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)) })));
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }
        return stream.ToArray();
    }

    public static byte[] Image(MagickFormat format)
    {
        using var image = new MagickImage(MagickColors.SteelBlue, 64, 48) { Format = format };
        return image.ToByteArray();
    }

    public static string Outlines() => """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"中山区"},
        "geometry":{"type":"Polygon","coordinates":[[[121.6,38.9],[121.7,38.9],[121.7,39.0],[121.6,38.9]]]}}]}
        """;
}
