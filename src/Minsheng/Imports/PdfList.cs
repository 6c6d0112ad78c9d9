using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Minsheng.Imports;

/// <summary>
/// The text of a list published as a PDF with a text layer, read by PdfPig: letters on one baseline make a line,
/// in order of their position; a gap of most of a letter between two of them is a table's column
/// boundary, written as a tab, and a table whose cells wrap over several lines is rebuilt from where its pieces stand
/// (<see cref="PdfTable"/>). A PDF without letters is a scan and is refused saying so.
/// </summary>
internal static class PdfList
{
    public const int MaxPages = 200;

    public static bool IsPdf(byte[] content) => content.Length > 5 && content.AsSpan(0, 5).SequenceEqual("%PDF-"u8);

    public static string ReadText(string fileName, byte[] content)
    {
        var text = new StringBuilder();
        var letters = 0;
        try
        {
            using var document = PdfDocument.Open(content);
            if (document.NumberOfPages > MaxPages) throw new ListFileException(ImportText.Get("ListFilePdfTooManyPages", fileName, MaxPages));
            var lines = new List<List<PdfPiece>>();
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count(letter => !string.IsNullOrWhiteSpace(letter.Value));
                lines.AddRange(Lines(page));
            }
            foreach (var line in PdfTable.Rows(lines) ?? [.. lines.Select(line => string.Join('\t', line.Select(p => p.Text)))]) text.AppendLine(line);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not ListFileException)
        {
            throw new ListFileException(ImportText.Get("ListFileNotPdf", fileName, e.Message));
        }
        return letters > 0 ? text.ToString() : throw new ListFileException(ImportText.Get("ListFilePdfScanned", fileName));
    }

    /// <summary>The page's lines, top to bottom, each as its pieces between gaps of most of a letter.</summary>
    private static IEnumerable<List<PdfPiece>> Lines(Page page)
    {
        var letters = page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        // Top to bottom: letters whose baselines are within half a letter of each other are one line.
        var lines = new List<List<Letter>>();
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var size = Math.Max(letter.PointSize, 1);
            var line = lines.LastOrDefault(l => Math.Abs(l[0].StartBaseLine.Y - letter.StartBaseLine.Y) < size / 2);
            if (line is null) lines.Add([letter]);
            else line.Add(letter);
        }
        foreach (var line in lines)
        {
            var ordered = line.OrderBy(l => l.StartBaseLine.X).ToList();
            var pieces = new List<PdfPiece>();
            var text = new StringBuilder(ordered[0].Value);
            var start = ordered[0];
            for (var i = 1; i < ordered.Count; i++)
            {
                var gap = ordered[i].StartBaseLine.X - ordered[i - 1].EndBaseLine.X;
                var size = Math.Max(ordered[i].PointSize, 1);
                // Chinese letters stand close; a gap of most of a letter is the padding between two table cells.
                if (gap > size * 0.8)
                {
                    pieces.Add(new PdfPiece(text.ToString(), start.StartBaseLine.X, Math.Max(start.PointSize, 1)));
                    (text, start) = (new StringBuilder(), ordered[i]);
                }
                else if (gap > size * 0.25 && IsLatin(ordered[i - 1].Value) && IsLatin(ordered[i].Value)) text.Append(' ');
                text.Append(ordered[i].Value);
            }
            pieces.Add(new PdfPiece(text.ToString(), start.StartBaseLine.X, Math.Max(start.PointSize, 1)));
            yield return pieces;
        }
    }

    private static bool IsLatin(string value) => value.Length > 0 && value[0] < 0x2E80;
}
