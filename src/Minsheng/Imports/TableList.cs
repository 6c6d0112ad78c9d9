using System.Text;

namespace Minsheng.Imports;

/// <summary>
/// A list kept as a table (序号 | 项目名称 | 项目内容 | 责任单位 …), from Word or Excel, written out
/// as the numbered text a published list uses, so that one parser reads every form. Rows above
/// the header are the title; a category written once (merged cells) holds for the rows below it.
/// A row with site cells (<see cref="TableSites"/>) but no project name adds a site to the project above it.
/// Columns are placed by what their headings mean (<see cref="TableColumns"/>).
/// </summary>
internal static partial class TableList
{
    /// <summary>The table as list text; a bad site cell adds a problem named by <paramref name="rowName"/> (given the row's index),
    /// and a column whose heading names nothing the list is read for adds a note, so that nothing is dropped unsaid.</summary>
    public static string ToText(IReadOnlyList<string[]> rows, Func<int, string> rowName, ICollection<string> problems, TableReading reading)
    {
        var headerIndex = rows.ToList().FindIndex(row => TableColumns.Of(row, reading).IsHeader);
        if (headerIndex < 0) return string.Join('\n', rows.Select(row => string.Join(' ', row.Where(cell => cell.Length > 0))));

        var header = rows[headerIndex];
        var sites = TableSites.Of(header);
        var columns = TableColumns.Of(header, reading, sites);
        foreach (var column in columns.Unplaced) reading.Tell(ImportText.Get("ListColumnUnplaced", rowName(headerIndex), column + 1, header[column].Trim()), header[column]);

        var text = new StringBuilder();
        foreach (var row in rows.Take(headerIndex)) text.AppendLine(string.Join(' ', row.Where(cell => cell.Length > 0)));
        string? currentCategory = null;
        int categoryNumber = 0, projectNumber = 0;
        for (var index = headerIndex + 1; index < rows.Count; index++)
        {
            var row = rows[index];
            var projectName = Cell(row, columns.Name);
            var hasSite = sites is not null && sites.IsIn(row);
            if (projectName.Length == 0 && hasSite)
            {
                if (projectNumber == 0) problems.Add(TableSites.Problem(rowName(index), "", ImportText.Get("ErrorSiteWithoutProject")));
                else AppendSite(text, sites!.Line(row, rowName(index), problems));
                continue;
            }
            var rowCategory = Cell(row, columns.Category) is { Length: > 0 } named ? named : projectName.Length == 0 ? CategoryRow(row) : "";
            if (rowCategory.Length > 0 && rowCategory != currentCategory)
            {
                currentCategory = rowCategory;
                text.AppendLine($"{ChineseNumeral(++categoryNumber)}、{rowCategory}");
            }
            if (projectName.Length == 0) continue;
            text.AppendLine($"({++projectNumber}){projectName}");
            // Several content columns (建设内容 | 年度目标) make one content.
            AppendField(text, "项目内容", string.Join("；", columns.Content.Select(column => Cell(row, column).TrimEnd('；', ';', '。')).Where(cell => cell.Length > 0)));
            AppendField(text, "牵头单位", Cell(row, columns.Lead));
            AppendField(text, "责任单位", Cell(row, columns.Units));
            AppendField(text, "配合单位", Cell(row, columns.Others));
            AppendField(text, "完成时限", Cell(row, columns.Deadline));
            var investment = Money(Cell(row, columns.Investment), columns.Investment >= 0 ? header[columns.Investment] : "");
            if (investment is null) reading.Notes.Add(ImportText.Get("ListInvestmentWithoutUnit", rowName(index), Cell(row, columns.Investment), header[columns.Investment].Trim()));
            AppendField(text, "总投资", investment ?? "");
            AppendField(text, "实施区域", Cell(row, columns.Districts));
            if (hasSite) AppendSite(text, sites!.Line(row, rowName(index), problems));
        }
        return text.ToString();
    }

    /// <summary>A row that only names a category (一、城市安居, merged across the table): its one filled cell, without its number.</summary>
    private static string CategoryRow(string[] row)
    {
        var filled = row.Select(cell => cell.Trim()).Where(cell => cell.Length > 0).Distinct().ToList();
        return filled.Count == 1 ? CategoryNumber().Replace(filled[0], "").Trim() : "";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[、.．])\s*")]
    private static partial System.Text.RegularExpressions.Regex CategoryNumber();

    /// <summary>
    /// An amount as the list means it: 5000 under 总投资（万元） is 5000万元, 5000万 is 5000万元, an amount naming its unit keeps
    /// it; null when neither the cell nor the heading gives a unit, which is not guessed.
    /// </summary>
    private static string? Money(string cell, string heading)
    {
        if (cell.Length == 0 || cell.Contains('元')) return cell;
        if (cell.EndsWith('万') || cell.EndsWith('亿')) return cell + "元";
        var unit = MoneyUnit().Match(heading);
        return unit.Success ? cell + unit.Groups[1].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(]\s*(万元|亿元|元)\s*[)）]")]
    private static partial System.Text.RegularExpressions.Regex MoneyUnit();

    private static void AppendSite(StringBuilder text, string? line)
    {
        if (line is not null) text.AppendLine(line);
    }

    private static void AppendField(StringBuilder text, string label, string value)
    {
        if (value.Length > 0) text.AppendLine($"{label}:{value.Replace('\n', ' ')}");
    }

    internal static int Column(string[] row, string[] headers)
    {
        foreach (var header in headers)
        {
            var index = Array.FindIndex(row, cell => cell.Replace(" ", "") == header);
            if (index >= 0) return index;
        }
        return -1;
    }

    internal static string Cell(string[] row, int column) => column >= 0 && column < row.Length ? row[column].Trim() : "";

    /// <summary>一 to 九十九, as category numbers are written.</summary>
    internal static string ChineseNumeral(int number)
    {
        const string digits = "零一二三四五六七八九";
        if (number < 10) return digits[number].ToString();
        var tens = number / 10;
        var ones = number % 10;
        return (tens == 1 ? "" : digits[tens].ToString()) + "十" + (ones == 0 ? "" : digits[ones].ToString());
    }
}
