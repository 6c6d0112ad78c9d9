namespace Minsheng.Imports;

/// <summary>
/// Where a list table keeps each thing, from what its headings mean rather than their exact words:
/// 主要内容及年度目标, 年度目标任务 and 建设规模 are all content; 牵头单位 and 主责单位 the lead; 完成时限 the deadline, read as the indicators' node. Several content
/// columns make one content. Numbering (序号) is known and not read; every other column is <see cref="Unplaced"/>,
/// for the office to be told rather than lose it silently.
/// </summary>
internal sealed record TableColumns(int Category, int Name, IReadOnlyList<int> Content, int Lead, int Units, int Others, int Deadline, int Investment, int Districts, IReadOnlyList<int> Unplaced)
{
    // In this order: a heading takes the first meaning whose words it holds (实施单位 is a unit, 实施内容 content).
    private static readonly (string Meaning, string[] Words)[] Meanings =
    [
        ("Numbering", ["序号", "编号", "排序", "序"]),
        ("Investment", ["投资", "概算"]),
        // Without coordinates beside it, a district column names the project's districts.
        ("Districts", ["所在区", "区域", "区县", "县区", "县市区", "区市县"]),
        // Read only beside coordinates (TableSites); without them, told like any column not read.
        ("SiteLike", ["点位", "地点", "地址", "经度", "纬度", "坐标", "所在区"]),
        ("Deadline", ["时限", "完成时间", "时间节点", "截止", "完成期限", "计划完成"]),
        ("Lead", ["牵头", "主责"]),
        ("Others", ["配合", "协办", "协同", "参与单位"]),
        ("Units", ["责任单位", "责任部门", "实施单位", "承办", "责任主体", "主办单位"]),
        ("Name", ["名称", "实事项目", "事项"]),
        ("Category", ["类别", "领域", "分类", "类型", "板块"]),
        ("Content", ["内容", "目标", "任务", "规模", "标准", "措施"]),
    ];

    private static readonly string[] ContentWords = ["内容", "目标", "任务"];

    // Headings that are a column of their own word alone.
    private static readonly Dictionary<string, string> WholeHeadings = new() { ["项目"] = "Name", ["实事"] = "Name" };

    public bool IsHeader => Name >= 0 && (Content.Count > 0 || Units >= 0 || Lead >= 0);

    /// <summary>The columns of a header row; a meaning the office chose for a heading (<paramref name="reading"/>) goes before what the heading says.</summary>
    public static TableColumns Of(string[] header, TableReading? reading = null, TableSites? sites = null)
    {
        var taken = sites?.Columns.ToHashSet() ?? [];
        var meanings = header.Select((cell, index) => taken.Contains(index) ? "Site" : reading?.ChoiceFor(cell) ?? MeaningOf(cell)).ToList();
        int First(string meaning) => meanings.IndexOf(meaning);
        IReadOnlyList<int> All(string meaning) => [.. meanings.Select((m, index) => (m, index)).Where(x => x.m == meaning).Select(x => x.index)];
        // A second name, lead or category column is not read either: the office is told.
        var used = new HashSet<int> { First("Category"), First("Name"), First("Lead"), First("Units"), First("Others"), First("Deadline"), First("Investment"), First("Districts") };
        used.UnionWith(All("Content"));
        var unplaced = meanings.Select((meaning, index) => (meaning, index))
            .Where(x => x.meaning is not ("Numbering" or "Site" or "Empty" or "Ignore") && !used.Contains(x.index))
            .Select(x => x.index).ToList();
        return new TableColumns(First("Category"), First("Name"), All("Content"), First("Lead"), First("Units"), First("Others"), First("Deadline"), First("Investment"), First("Districts"), unplaced);
    }

    /// <summary>Whether a heading is a row number's (序号, 编号).</summary>
    public static bool IsNumbering(string heading) => MeaningOf(heading) == "Numbering";

    private static string MeaningOf(string cell)
    {
        // As the list's text is read: 主要內容 and 項目名稱 of a Traditional list are the same headings.
        var heading = Minsheng.Engine.Imports.TextNormalizer.Normalize(string.Concat(cell.Where(c => !char.IsWhiteSpace(c))));
        if (heading.Length == 0) return "Empty";
        if (WholeHeadings.TryGetValue(heading, out var whole)) return whole;
        // A heading longer than a heading is a row of data, not a column's name.
        if (heading.Length > 16) return "Unknown";
        // 主要内容及完成时限, 建设内容及投资, 年度计划完成目标: a heading naming the content is the content, whatever it adds.
        var namesContent = ContentWords.Any(heading.Contains);
        foreach (var (meaning, words) in Meanings)
        {
            if (namesContent && meaning is "Deadline" or "Investment" or "Districts") continue;
            if (words.Any(word => meaning == "Numbering" ? heading == word || heading.StartsWith(word + "号") : heading.Contains(word))) return meaning;
        }
        return "Unknown";
    }
}
