using System.Text;

namespace Minsheng.Imports;

/// <summary>
/// A list kept as a table (序号 | 项目名称 | 项目内容 | 责任单位 …), from Word or Excel, written out
/// as the numbered text a published list uses, so that one parser reads every form. Rows above
/// the header are the title; a category written once (merged cells) holds for the rows below it.
/// A row with site cells (<see cref="TableSites"/>) but no project name adds a site to the project above it.
/// </summary>
internal static class TableList
{
    private static readonly string[] CategoryHeaders = ["类别", "领域", "类型", "分类", "所属类别"];
    private static readonly string[] NameHeaders = ["项目名称", "实事名称", "事项名称", "名称", "项目", "实事项目"];
    private static readonly string[] ContentHeaders = ["项目内容", "建设内容", "主要内容", "实施内容", "工作内容", "内容", "目标任务", "年度目标"];
    private static readonly string[] LeadHeaders = ["牵头单位", "牵头部门"];
    private static readonly string[] UnitHeaders = ["责任单位", "责任部门", "实施单位"];
    private static readonly string[] OtherHeaders = ["配合单位", "协办单位"];

    /// <summary>The table as list text; a bad site cell adds a problem named by <paramref name="rowName"/> (given the row's index).</summary>
    public static string ToText(IReadOnlyList<string[]> rows, Func<int, string> rowName, ICollection<string> problems)
    {
        var headerIndex = rows.ToList().FindIndex(row => Column(row, NameHeaders) >= 0 && (Column(row, ContentHeaders) >= 0 || Column(row, UnitHeaders) >= 0 || Column(row, LeadHeaders) >= 0));
        if (headerIndex < 0) return string.Join('\n', rows.Select(row => string.Join(' ', row.Where(cell => cell.Length > 0))));

        var header = rows[headerIndex];
        var (category, name, content, lead, units, others) =
            (Column(header, CategoryHeaders), Column(header, NameHeaders), Column(header, ContentHeaders), Column(header, LeadHeaders), Column(header, UnitHeaders), Column(header, OtherHeaders));
        var sites = TableSites.Of(header);

        var text = new StringBuilder();
        foreach (var row in rows.Take(headerIndex)) text.AppendLine(string.Join(' ', row.Where(cell => cell.Length > 0)));
        string? currentCategory = null;
        int categoryNumber = 0, projectNumber = 0;
        for (var index = headerIndex + 1; index < rows.Count; index++)
        {
            var row = rows[index];
            var projectName = Cell(row, name);
            var hasSite = sites is not null && sites.IsIn(row);
            if (projectName.Length == 0 && hasSite)
            {
                if (projectNumber == 0) problems.Add(TableSites.Problem(rowName(index), "", ImportText.Get("ErrorSiteWithoutProject")));
                else AppendSite(text, sites!.Line(row, rowName(index), problems));
                continue;
            }
            if (Cell(row, category) is { Length: > 0 } rowCategory && rowCategory != currentCategory)
            {
                currentCategory = rowCategory;
                text.AppendLine($"{ChineseNumeral(++categoryNumber)}、{rowCategory}");
            }
            if (projectName.Length == 0) continue;
            text.AppendLine($"({++projectNumber}){projectName}");
            AppendField(text, "项目内容", Cell(row, content));
            AppendField(text, "牵头单位", Cell(row, lead));
            AppendField(text, "责任单位", Cell(row, units));
            AppendField(text, "配合单位", Cell(row, others));
            if (hasSite) AppendSite(text, sites!.Line(row, rowName(index), problems));
        }
        return text.ToString();
    }

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
