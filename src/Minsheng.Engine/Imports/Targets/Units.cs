using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>The measure words and units a target's number is followed by; a number without one is not a target.</summary>
internal static partial class Units
{
    private static readonly string[] Known =
    [
        "%", "‰", "个百分点", "倍",
        "平方公里", "平方米", "立方米", "公里", "千米", "延米", "米", "亩", "公顷",
        "吨", "公斤", "千克", "千瓦时", "千瓦", "兆瓦",
        "微克/立方米", "毫克/立方米", "毫克/升", "元",
        "个工作日", "工作日", "小时", "分钟", "天", "课时", "学时",
        "人次", "户次", "台次", "场次", "批次", "剂次", "剂", "人", "名", "户", "位",
        "个", "套", "所", "家", "张", "台", "辆", "条", "处", "座", "间", "栋", "幢", "场", "次", "节", "期",
        "批", "项", "件", "份", "册", "本", "部", "头", "株", "棵", "盏", "块", "组", "支", "队", "种", "门",
        "班", "例", "床", "只", "片", "宗", "笔", "口", "眼", "根",
    ];

    /// <summary>Symbols some lists use, read as the unit's Chinese name.</summary>
    private static readonly Dictionary<string, string> Symbols = new()
    {
        ["㎡"] = "平方米", ["m²"] = "平方米", ["km"] = "公里", ["KM"] = "公里", ["kW"] = "千瓦", ["MW"] = "兆瓦",
    };

    private static readonly string[] ByLength = [.. Known.Concat(Symbols.Keys).Distinct().OrderByDescending(u => u.Length)];

    /// <summary>A unit followed by these is part of another word or a duration: 3个月, 100家庭, 5期间.</summary>
    private static readonly string[] NotAUnitBefore = ["个月", "家庭", "人民", "期间", "期限", "本地", "名单", "名录", "条件", "口岸", "门诊", "次日"];

    /// <summary>The unit as written at the position, if any; <see cref="Named"/> gives its name.</summary>
    public static string? At(string text, int position)
    {
        foreach (var unit in ByLength)
        {
            if (string.CompareOrdinal(text, position, unit, 0, unit.Length) != 0) continue;
            if (NotAUnitBefore.Any(word => word.StartsWith(unit, StringComparison.Ordinal) && string.CompareOrdinal(text, position, word, 0, word.Length) == 0)) return null;
            return unit;
        }
        return null;
    }

    public static string Named(string written) => Symbols.GetValueOrDefault(written, written);

    public static bool IsRatio(string unit) => unit is "%" or "‰" or "个百分点" or "倍";

    /// <summary>
    /// The per-person or per-period phrase a standard or a frequency is stated with (每人每月, 每周, 每季度),
    /// as the unit's suffix: 元/人·月, 小时/周, 次/季度, 个/千人口.
    /// </summary>
    public static (string Suffix, int Index, int Length)? PerPhrase(string before)
    {
        var matches = PerPattern().Matches(before);
        if (matches.Count == 0) return null;
        var match = matches[^1];
        var who = match.Groups["who"].Value;
        var period = match.Groups["period"].Success ? match.Groups["period"].Value : match.Groups["only"].Value;
        var suffix = who.Length > 0 && period.Length > 0 ? $"{who}·{period}" : who + period;
        return ("/" + suffix, match.Index, match.Length);
    }

    [GeneratedRegex(@"每(?<who>(?:十万|千|万|百)人口?|人|户)(?:每(?<period>年|季度|月|周|天|日))?|每(?<only>年|季度|月|周|天|日)")]
    private static partial Regex PerPattern();
}
