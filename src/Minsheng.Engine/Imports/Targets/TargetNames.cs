using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// A short name from the clause: the verb phrase before the number, plus the noun after the unit when the
/// number comes first (新建10所公办幼儿园 → 新建公办幼儿园; 改造老旧管网110公里 → 改造老旧管网).
/// </summary>
internal static partial class TargetNames
{
    public const int MaxLength = 20;

    private static readonly string[] Verbs =
    [
        "新改建", "改扩建", "新建", "改建", "扩建", "新增", "增设", "增加", "建设", "建成", "改造", "实施", "开展", "组织", "举办", "承办",
        "培养", "培训", "录制", "创建", "完成", "推出", "发售", "发放", "抽检", "开发", "更新", "维修", "安装", "提供", "配备", "设置",
        "打造", "新开", "开通", "招聘", "救助", "资助", "帮扶", "筛查", "铺设", "建立", "惠及", "覆盖", "接种", "体检", "整治", "筹集",
        "打通", "加装", "更换", "放映", "演出", "办理", "购置", "规划", "启动", "修缮", "大中修", "治理", "新开工", "改善", "补贴",
    ];

    /// <param name="before">The clause from its start (or the previous target) to the number.</param>
    /// <param name="after">From the unit to the next separator or number.</param>
    /// <param name="restOfClause">From the unit to the end of the clause, where 进行 may name the action.</param>
    public static string Of(string before, string after, string restOfClause)
    {
        var verb = Performed().Match(restOfClause) is { Success: true } performed ? performed.Groups["verb"].Value : "";
        var head = StripLeading(StripTrailing(before));
        var tail = StripLeading(Noun(after));

        var unprepositioned = Preposition().Replace(head, "");
        if (unprepositioned.Length < head.Length) head = verb.Length > 0 ? verb : FromFirstVerb(head, from: 1) ?? "";
        if (MetricNoun().IsMatch(head)) tail = "";

        var name = Shortened(head, tail);
        return name.Length > 0 ? name : Shortened(unprepositioned, "");
    }

    /// <summary>Leaves out, while too long: what comes before 的, all but the first of a list, the examples before 等.</summary>
    private static string Shortened(string head, string tail)
    {
        if (head.Length + tail.Length <= MaxLength) return head + tail;
        var attributed = head.LastIndexOf('的');
        if (attributed >= 0) head = head[(attributed + 1)..];
        head = LaterListItems().Replace(head, "");
        if (head.Length + tail.Length > MaxLength) tail = ListHead().Match(tail).Value;
        if (head.Length + tail.Length > MaxLength && head.EndsWith('等') && tail.Length > 0) head = "";
        var name = head + tail;
        if (name.Length <= MaxLength) return name;
        var fromVerb = FromFirstVerb(name, from: 0, fitting: true);
        return fromVerb is { Length: >= 6 } ? fromVerb : name[^MaxLength..];
    }

    private static string StripTrailing(string before)
    {
        var text = before;
        string previous;
        do
        {
            previous = text;
            text = PerPhraseEnding().Replace(text, "");
            text = FormerValue().Replace(text, "");
            text = TrailingFiller().Replace(text, "");
            var bound = TargetBounds.All.FirstOrDefault(w => text.EndsWith(w, StringComparison.Ordinal));
            if (bound is not null) text = text[..^bound.Length];
        }
        while (text != previous);
        return text;
    }

    private static string StripLeading(string text)
    {
        string previous;
        do
        {
            previous = text;
            text = LeadingFiller().Replace(text, "");
        }
        while (text != previous);
        return text;
    }

    /// <summary>The noun after the unit, up to 的, 进行 or 全部 (老旧居民楼的接户管 → 老旧居民楼).</summary>
    private static string Noun(string after)
    {
        var cut = after.Length;
        foreach (var stop in new[] { "的", "进行", "全部" })
        {
            var at = after.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0 && at < cut) cut = at;
        }
        return after[..cut];
    }

    private static string? FromFirstVerb(string text, int from, bool fitting = false)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (fitting && text.Length - i > MaxLength) continue;
            if (Verbs.Any(v => string.CompareOrdinal(text, i, v, 0, v.Length) == 0)) return text[i..];
        }
        return null;
    }

    [GeneratedRegex(@"进行(?<verb>[^,，。;；、:：()（）\d]{1,8})")]
    private static partial Regex Performed();

    [GeneratedRegex(@"^(对|在|为|向|面向|针对|给|将)(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex Preposition();

    [GeneratedRegex(@"(率|比例|比率|占比|标准|水平|时间|浓度|产量|金额|天数|指数)$")]
    private static partial Regex MetricNoun();

    [GeneratedRegex(@"、[^、]+?(?=、|等|$)")]
    private static partial Regex LaterListItems();

    [GeneratedRegex(@"^[^、和及与]*")]
    private static partial Regex ListHead();

    [GeneratedRegex(@"每((十万|千|万|百)人口?|人|户)?每?(年|季度|月|周|天|日)?$")]
    private static partial Regex PerPhraseEnding();

    /// <summary>由每人每月880元 (提高到): the figure a standard is raised from.</summary>
    [GeneratedRegex(@"(由|从)[^由从]*\d[^由从]*$")]
    private static partial Regex FormerValue();

    [GeneratedRegex(@"(的|为|共|约|计|总计|合计|累计|全年|年内)$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"^([\s、,，;；:：()（）和及并]|其中|包括|全年|年内|今年|当年|计划|拟将|拟|力争|确保|累计|同时|此外|另外|全市|项目|\d{4}年(底前|前|内|底)?|(\d{1,2}|十[一二]?|[一二三四五六七八九])月(底|末|份|上旬|中旬|下旬|\d{1,2}日)?(之|以)?前?|年底(之|以)?前?|年末前?|[上下]半年|第?[一二三四1-4]季度(末|底)?(之|以)?前?)")]
    private static partial Regex LeadingFiller();
}
