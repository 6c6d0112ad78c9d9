using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minsheng.Tests.Infrastructure;

/// <summary>Reads generated Word documents back with the OpenXML SDK: paragraphs, tables, schema errors.</summary>
public sealed partial class OpenXmlText
{
    private OpenXmlText(List<string> paragraphs, List<List<List<string>>> tables, List<string> errors, List<string> eastAsiaFonts, List<PageSize> pages)
    {
        Paragraphs = paragraphs;
        Tables = tables;
        Errors = errors;
        EastAsiaFonts = eastAsiaFonts;
        PageSizes = pages;
    }

    /// <summary>The body's paragraphs outside tables, in order.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Each table as rows of cell texts.</summary>
    public IReadOnlyList<List<List<string>>> Tables { get; }

    public IReadOnlyList<string> Errors { get; }

    public IReadOnlyList<string> EastAsiaFonts { get; }

    public IReadOnlyList<PageSize> PageSizes { get; }

    public string AllText => string.Join("\n", Paragraphs.Concat(Tables.SelectMany(t => t.SelectMany(r => r))));

    public static OpenXmlText Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var tables = body.Elements<Table>().Select(t => t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var fonts = body.Descendants<RunFonts>().Select(f => f.EastAsia?.Value ?? "").Distinct().ToList();
        var pages = body.Descendants<PageSize>().ToList();
        return new OpenXmlText(paragraphs, tables, errors, fonts, pages);
    }

    /// <summary>Every figure written in a text (8.65, 2023, 44.0), as written.</summary>
    public static IEnumerable<string> Figures(string text) => FigurePattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"\d+(\.\d+)?")]
    private static partial Regex FigurePattern();
}
