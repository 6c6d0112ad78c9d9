using System.Text.RegularExpressions;

namespace Minsheng.Imports;

/// <summary>
/// A table copied as aligned text (pdftotext -layout, a fixed-width printout, a page copied with its spacing): cells
/// apart by runs of spaces, an empty cell only more spaces. The header row says where each column starts, counted as
/// a screen shows it (a Chinese character two places wide); each piece of a row goes to the column it starts under.
/// </summary>
internal static partial class AlignedText
{
    /// <summary>The rows of the table, or null when the text is not one (too few aligned lines, or no header among them).</summary>
    /// <summary>More pieces than this on a line is no list's table (a hostile one would cost a cell array per line).</summary>
    private const int MaxColumns = 64;

    public static List<string[]>? Rows(IReadOnlyList<string> lines, TableReading reading)
    {
        var filled = lines.Where(line => line.Trim().Length > 0).ToList();
        if (filled.Count < 2 || filled.Count(line => Gap().IsMatch(line.Trim())) * 2 < filled.Count) return null;
        var headerIndex = lines.ToList().FindIndex(line =>
            Gap().IsMatch(line.Trim()) && Gap().Count(line) < MaxColumns && TableColumns.Of(Pieces(line).Select(p => p.Text).ToArray(), reading).IsHeader);
        if (headerIndex < 0) return null;

        var starts = Pieces(lines[headerIndex]).Select(p => p.Start).ToArray();
        if (starts.Length > MaxColumns || lines.Any(line => Gap().Count(line) >= MaxColumns)) return null;
        var rows = new List<string[]>();
        // One row a line, blank ones too, so that a problem names the line of the file.
        foreach (var line in lines.Take(headerIndex)) rows.Add([line.Trim()]);
        rows.Add([.. Pieces(lines[headerIndex]).Select(p => p.Text)]);
        foreach (var line in lines.Skip(headerIndex + 1))
        {
            if (line.Trim().Length == 0)
            {
                rows.Add([""]);
                continue;
            }
            var cells = new string[starts.Length];
            foreach (var (text, start) in Pieces(line))
            {
                // The column a piece starts under: the last one starting at or before it, with a place of slack either way.
                var column = Math.Max(0, Array.FindLastIndex(starts, s => s <= start + 1));
                cells[column] = cells[column] is { } before ? before + text : text;
            }
            rows.Add([.. cells.Select(cell => cell ?? "")]);
        }
        return rows;
    }

    /// <summary>The line's pieces between runs of two or more spaces, with where each starts on screen.</summary>
    private static IEnumerable<(string Text, int Start)> Pieces(string line)
    {
        var expanded = line.Replace('\u3000', ' ').Replace("\t", "    ");
        // The width is counted on as the pieces come, not again from the line's start for each.
        var (width, at) = (0, 0);
        foreach (Match piece in Piece().Matches(expanded))
        {
            width += Width(expanded.AsSpan(at, piece.Index - at));
            at = piece.Index;
            yield return (piece.Value.Trim(), width);
        }
    }

    private static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text) width += c >= '\u1100' && !(c >= '\uFF61' && c <= '\uFFDC') ? 2 : 1;
        return width;
    }

    [GeneratedRegex(@"\S\s{2,}\S")]
    private static partial Regex Gap();

    // A piece: non-space characters with single spaces between them.
    [GeneratedRegex(@"\S+(?: \S+)*")]
    private static partial Regex Piece();
}
