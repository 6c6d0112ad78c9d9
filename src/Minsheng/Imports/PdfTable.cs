using System.Text.RegularExpressions;

namespace Minsheng.Imports;

/// <summary>A piece of a PDF line between wide gaps, and where on the page it starts.</summary>
internal sealed record PdfPiece(string Text, double X, double Size);

/// <summary>
/// A table laid out on PDF pages, rebuilt from where its text stands: a PDF has no cells, only letters, and a cell
/// too long for its column wraps onto the lines below. The header line (项目名称 … 主要内容 …) says where each column
/// starts; every piece of a line below goes to the column it starts under, and a line whose 序号 holds a number starts
/// a new row, while the lines without one continue the row above (a category line, 一、教育惠民, is a row of its own).
/// A header repeated at the top of each page and page numbers are skipped. A 序号 centred in a tall row, below its
/// row's first line, is not told apart: those lines join the row above.
/// </summary>
internal static partial class PdfTable
{
    /// <summary>The lines as tab-separated rows when they hold such a table; otherwise null.</summary>
    public static List<string>? Rows(IReadOnlyList<List<PdfPiece>> lines)
    {
        var headerIndex = -1;
        TableColumns? columns = null;
        for (var i = 0; i < lines.Count && columns is null; i++)
        {
            if (lines[i].Count < 2) continue;
            var candidate = TableColumns.Of([.. lines[i].Select(p => p.Text)]);
            if (candidate.IsHeader)
            {
                (headerIndex, columns) = (i, candidate);
            }
        }
        if (columns is null) return null;
        var header = lines[headerIndex];
        if (header.Count > MaxColumns) return null;
        var numbering = header.FindIndex(p => TableColumns.IsNumbering(p.Text));
        if (numbering < 0) return null;

        var rows = lines.Take(headerIndex).Select(line => string.Join('\t', line.Select(p => p.Text))).ToList();
        var headings = header.Select(p => p.Text).ToArray();
        var headerLines = new HashSet<string> { Joined(lines[headerIndex]) };
        string[]? row = null;
        var inHeader = true;
        foreach (var line in lines.Skip(headerIndex + 1))
        {
            // A page's number (— 3 —, 第3页) and the header repeated atop a page are no part of the table.
            if (headerLines.Contains(Joined(line)) || (line.Count == 1 && PageNumber().IsMatch(line[0].Text))) continue;
            var cells = new string[header.Count];
            foreach (var piece in line)
            {
                var column = Math.Max(0, header.FindLastIndex(h => h.X <= piece.X + piece.Size));
                cells[column] += piece.Text;
            }
            // A heading too long for its column wraps too (主要内容及 / 年度目标): up to the first row, lines continue the header.
            if (inHeader && string.IsNullOrEmpty(cells[numbering]) && !(line.Count == 1 && CategoryLine().IsMatch(line[0].Text)))
            {
                for (var c = 0; c < cells.Length; c++) headings[c] += cells[c];
                headerLines.Add(Joined(line));
                continue;
            }
            if (inHeader)
            {
                rows.Add(string.Join('\t', headings));
                inHeader = false;
            }
            if (line.Count == 1 && CategoryLine().IsMatch(line[0].Text))
            {
                Flush();
                rows.Add(line[0].Text);
                continue;
            }
            if (cells[numbering] is { } number && RowNumber().IsMatch(number.Trim()))
            {
                Flush();
                row = cells;
                continue;
            }
            if (row is null)
            {
                rows.Add(string.Join('\t', line.Select(p => p.Text)));
                continue;
            }
            for (var c = 0; c < cells.Length; c++) row[c] += cells[c];
        }
        Flush();
        if (inHeader) rows.Add(string.Join('\t', headings));
        return rows;

        static string Joined(List<PdfPiece> line) => string.Join('\t', line.Select(p => p.Text));

        void Flush()
        {
            if (row is not null) rows.Add(string.Join('\t', row.Select(cell => cell ?? "")));
            row = null;
        }
    }

    private const int MaxColumns = 64;

    [GeneratedRegex(@"^\d{1,3}[.、]?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:[-—–\s]*\d{1,3}[-—–\s]*|第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?)$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")]
    private static partial Regex CategoryLine();
}
