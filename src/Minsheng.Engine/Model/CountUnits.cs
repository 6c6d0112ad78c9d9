namespace Minsheng.Engine.Model;

/// <summary>
/// Units that count whole things (户, 所, 台, 人次): a figure in one of them is a whole number, and so
/// is a milestone's stage. A unit with a multiplier (万户, 万人次) counts in tens of thousands and
/// carries decimals (2.5万户), as do measures (公里, 吨, 元), ratios (%), durations (小时, 天) and
/// rates (元/人·月, 个/千人口).
/// </summary>
public static class CountUnits
{
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "个", "所", "台", "户", "套", "处", "次", "人", "间", "座", "家", "条", "名", "辆", "张", "场", "件", "项",
        "批", "栋", "幢", "口", "只", "头", "位", "节", "期", "份", "册", "本", "部", "株", "棵", "盏", "块", "组",
        "支", "队", "种", "门", "班", "例", "床", "宗", "笔", "眼", "根", "片",
        "人次", "户次", "台次", "场次", "批次", "个次", "家次", "辆次", "架次",
    };

    /// <summary>The units counting whole things.</summary>
    public static IReadOnlyCollection<string> Names => Whole;

    /// <summary>Whether the unit counts whole things.</summary>
    public static bool Counts(string? unit) => unit is not null && Whole.Contains(unit.Trim());

    /// <summary>Whether an indicator of this kind and unit takes whole numbers only, unless the office says otherwise.</summary>
    public static bool WholeNumbers(IndicatorKind kind, string? unit) => kind == IndicatorKind.Milestone || Counts(unit);
}
