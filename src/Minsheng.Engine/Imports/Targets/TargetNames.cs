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
        "新辟", "开办", "接入", "制作", "优化", "调整",
    ];

    /// <summary>The verbs a name starts with (新建改造口袋公园 → 新建改造), longest first at each step; "" when none.</summary>
    public static string LeadingVerbs(string name)
    {
        var at = 0;
        while (Verbs.Where(v => string.CompareOrdinal(name, at, v, 0, v.Length) == 0).MaxBy(v => v.Length) is { } verb) at += verb.Length;
        return name[..at];
    }

    /// <summary>Whether the name holds any verb: 绿道 does not, 新建绿道 does.</summary>
    public static bool HasVerb(string name) => Verbs.Any(v => name.Contains(v, StringComparison.Ordinal));

    /// <param name="before">The clause from its start (or the previous target) to the number.</param>
    /// <param name="after">From the unit to the next separator or number.</param>
    /// <param name="restOfClause">From the unit to the end of the clause, where 进行 may name the action.</param>
    public static string Of(string before, string after, string restOfClause)
    {
        var verb = Performed().Match(restOfClause) is { Success: true } performed ? performed.Groups["verb"].Value : "";
        var head = WithoutExamples(StripLeading(StripTrailing(Qualifiers().Replace(before, ""))));
        var tail = StripLeading(Noun(after));

        var unprepositioned = Preposition().Replace(head, "");
        if (unprepositioned.Length < head.Length)
        {
            // 对…的86个老旧小区实施综合改造: the phrase says which ones, the words after the unit what is done.
            var fromVerb = FromFirstVerb(head, from: 1);
            // 对全市老旧小区实施改造86个: the object stands before the verb, and the name keeps it.
            if (fromVerb is not null && tail.Length == 0 && LeadingVerbs(fromVerb).Length == fromVerb.Length)
            {
                var objectFirst = StripLeading(unprepositioned);
                fromVerb = Beneficiary(unprepositioned) ?? (objectFirst.Length <= MaxLength ? objectFirst : fromVerb);
            }
            head = verb.Length > 0 ? verb : HasVerb(tail) ? "" : fromVerb is { Length: > 2 } ? fromVerb : Beneficiary(unprepositioned) ?? fromVerb ?? "";
        }
        if (MetricNoun().IsMatch(head)) tail = "";

        var name = Shortened(head, tail);
        return name.Length > 0 ? name : Shortened(unprepositioned, "");
    }

    /// <summary>为全县老年人免费健康体检: the people served and what they get (老年人健康体检), not the bare verb 体检.</summary>
    private static string? Beneficiary(string unprepositioned)
    {
        var served = StripLeading(unprepositioned).Replace("免费", "", StringComparison.Ordinal);
        return Served().IsMatch(served) ? served : null;
    }

    /// <summary>
    /// 改扩建城关中学等中小学校 → 改扩建中小学校: the examples a list gives before 等 (a list with 、, a quoted name, a school or a road)
    /// are no part of the name. 中等, 高等, 同等 stay.
    /// </summary>
    private static string WithoutExamples(string head)
    {
        var verbs = LeadingVerbs(head);
        var rest = head[verbs.Length..];
        for (var at = rest.IndexOf('等'); at > 0; at = rest.IndexOf('等', at + 1))
        {
            if (rest.Length - at < 3 || !char.IsLetter(rest[at + 1])) continue;
            var examples = rest[..at];
            var listed = examples.Contains('、') || examples.IndexOfAny(['“', '”', '「', '」']) >= 0;
            if (listed || ExampleName().IsMatch(examples)) return verbs + rest[(at + 1)..];
        }
        return head;
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
        var unquoted = Quoted().Replace(name, "");
        if (unquoted.Length <= MaxLength && unquoted.Length >= 4) return unquoted;
        var fromVerb = FromFirstVerb(name, from: 0, fitting: true);
        if (fromVerb is { Length: >= 6 }) return fromVerb;
        // A name is cut only when it is far too long: cut at a character, it no longer reads.
        return name.Length <= 2 * MaxLength ? name : name[^MaxLength..];
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

    [GeneratedRegex(@"^(对|在|为|向|面向|针对|给|将)(?=\p{IsCJKUnifiedIdeographs}|\d)")]
    private static partial Regex Preposition();

    /// <summary>Who a name is for or where it applies, which the unit or the content says: 65周岁以上, 二级以上, 每千人口拥有.</summary>
    [GeneratedRegex(@"\d+(周岁|岁)(及)?(以上|以下)?|[一二三四五六七八九十\d]+级(及)?以上|每(十万|千|万|百)人口?(拥有)?")]
    private static partial Regex Qualifiers();

    [GeneratedRegex(@"(中学|小学|学校|幼儿园|医院|公园|广场|场馆|体育馆|路|街|村|社区)$")]
    private static partial Regex ExampleName();

    [GeneratedRegex(@"(人|者|儿童|学生|家庭|妇女|老人)")]
    private static partial Regex Served();

    [GeneratedRegex(@"[“「""][^”」""]*[”」""]")]
    private static partial Regex Quoted();

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

    [GeneratedRegex(@"(的|为|共|约|计|总计|合计|累计|全年|年内|保持|维持)$")]
    private static partial Regex TrailingFiller();

    [GeneratedRegex(@"^([\s、,，;；:：()（）和及并]|其中|包括|全年|年内|今年|当年|计划|拟将|拟|力争|确保|累计|同时|此外|另外|同步|多渠道|实现|推动|推进|督促|(全|本)(市|县|区|省)|[^\d，、,]{0,2}(开学|春节|汛期)(之|以)?前|项目|\d{4}年(底前|前|内|底)?|(\d{1,2}|十[一二]?|[一二三四五六七八九])月(底|末|份|上旬|中旬|下旬|\d{1,2}日)?(之|以)?前?|年底(之|以)?前?|年末前?|[上下]半年|第?[一二三四1-4]季度(末|底)?(之|以)?前?)")]
    private static partial Regex LeadingFiller();
}
