using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Numbers with a unit that are still no commitment, read from the words around them alone.
/// Years, dates and ages need no rule: 年, 月, 日, 岁 and 周岁 are not units.
/// </summary>
internal static partial class NotTargets
{
    public static bool Excludes(Clauses clauses, Measure measure)
    {
        var start = measure.Start;
        var text = clauses.Text;
        var before = text[clauses.StartBefore(start)..start];
        var after = text[measure.UnitEnd..clauses.EndAfter(measure.UnitEnd)];
        return (measure.Number.IsPartOfWord && !IsCountClosingAClause(text, measure))
            || IsOrdinal(before)
            || IsCodeOrRange(before)
            || IsPreambleCount(before)
            || IsDescription(before, after)
            || IsFormerValue(after)
            || CountsWhoIsOrganised(after)
            || QualifiesANoun(after)
            || IsCondition(before, after)
            || IsPolicyRateOrCap(before, measure.Unit);
    }

    /// <summary>
    /// 改扩建中小学校五所。学校十所（其中…）: a lone Chinese digit is a word's part (一座公园, 三种) except as the count closing its
    /// clause after the noun; 一 there is still vague (示范点一批).
    /// </summary>
    private static bool IsCountClosingAClause(string text, Measure measure) =>
        measure.Value > 1 && (measure.UnitEnd >= text.Length || ",，。;；、(（".Contains(text[measure.UnitEnd]));

    /// <summary>停车30分钟内免费, 同行1人: a threshold or a condition of a service, not work to do.</summary>
    private static bool IsCondition(string before, string after) => FreeWithin().IsMatch(after) || Accompanying().IsMatch(before);

    /// <summary>补贴70%, 按15%配建, 每户最高5000元: what a policy pays or requires, not what the year delivers.</summary>
    private static bool IsPolicyRateOrCap(string before, string unit) =>
        (unit == "%" && PolicyRateEnding().IsMatch(before))
        || ((unit.StartsWith('元') || unit == "%") && CapEnding().IsMatch(before))
        || ((unit.StartsWith('元') || Units.IsRatio(unit)) && PaidAccordingTo().IsMatch(before))
        || (unit.StartsWith('元') && PricePer().IsMatch(before));

    /// <summary>第十四届, 第3批.</summary>
    private static bool IsOrdinal(string before) => before.EndsWith('第');

    /// <summary>Specifications, codes and ranges: DN400, P3, G202, PM2.5, 4G/5G, 15~20+6周, 0-6岁.</summary>
    private static bool IsCodeOrRange(string before) => before.Length > 0 && (char.IsAsciiLetter(before[^1]) || "~+-−—–×*/#.·".Contains(before[^1]));

    /// <summary>6大类20项: the count of a list's items, by category.</summary>
    private static bool IsPreambleCount(string before) => PreambleEnding().IsMatch(before);

    /// <summary>占地面积约4900平方米, 全长3公里: the size of a facility describes it; it is not work to do.</summary>
    /// <remarks>
    /// 建筑面积 and a bare 面积 describe only in a clause doing no work (改造老旧小区120个、建筑面积300万平方米 and
    /// 新增绿地面积约300公顷 are work), or as an attribute (新建建筑面积5000平方米的养老院); 占地 and 全长 always describe.
    /// </remarks>
    private static bool IsDescription(string before, string after) =>
        FacilitySize().IsMatch(before)
        || (AreaEnding().IsMatch(before) && (after.StartsWith('的') || !WorkVerb().IsMatch(before)));

    /// <summary>由每人每月880元提高到920元: the figure a standard is raised from.</summary>
    private static bool IsFormerValue(string after) => FormerValueFollower().IsMatch(after);

    /// <summary>组织12个区市县: the units taking part, not work done.</summary>
    private static bool CountsWhoIsOrganised(string after) => OrganisedFollower().IsMatch(after);

    /// <summary>公交站点500米覆盖率, 15分钟健身圈: a distance or time that names a measure or an area.</summary>
    private static bool QualifiesANoun(string after) => QualifiedNoun().IsMatch(after);

    [GeneratedRegex(@"(大类|类|个领域|领域|个方面|方面)$")]
    private static partial Regex PreambleEnding();

    [GeneratedRegex(@"(占地面积|占地|全长|总长|长度|规模)(约|为|达)?$")]
    private static partial Regex FacilitySize();

    [GeneratedRegex(@"面积(约|为|达)?$")]
    private static partial Regex AreaEnding();

    [GeneratedRegex(@"改造|新建|建设|建成|完成|新增|实施|整治|修缮|提升|改建|扩建|绿化|造林|治理|修复|铺设|硬化|拆除")]
    private static partial Regex WorkVerb();

    [GeneratedRegex(@"^(提高|提升|增加|增长|上调|调整|调增|降低|下降|下调|减少|压缩|降)(到|至|为)")]
    private static partial Regex FormerValueFollower();

    [GeneratedRegex(@"^(区市县|县市区|区县|县区|市县|区市|县\(市、区\)|区\(市、县\)|部门|成员单位)")]
    private static partial Regex OrganisedFollower();

    [GeneratedRegex(@"^([\p{IsCJKUnifiedIdeographs}]{0,5}圈|覆盖率|覆盖半径|服务半径|半径|范围)")]
    private static partial Regex QualifiedNoun();

    [GeneratedRegex(@"^(以?内)(免费|免收|免单|不收费|不计费)")]
    private static partial Regex FreeWithin();

    [GeneratedRegex(@"(同行|随行|陪同|携带)$")]
    private static partial Regex Accompanying();

    [GeneratedRegex(@"(按照?|补贴|补助|奖补|资助|给予|报销|减免|优惠|贴息|奖励)(比例)?(为)?$")]
    private static partial Regex PolicyRateEnding();

    [GeneratedRegex(@"(最高|最多|上限|封顶)(可)?(贷款)?(补贴|补助|奖补|奖励|资助|给予|享受|获得|额度|金额|标准)?(不超过|不高于)?(为)?$")]
    private static partial Regex CapEnding();

    /// <summary>
    /// 按不低于15%的比例配建, 按每人每月300元标准发放, 按低保标准的1.3倍: what a rule pays or requires, the 按 phrase running
    /// up to the figure (not 按期, 按时; not 按标准配建充电设施比例达到100%, where the figure is what is reached).
    /// </summary>
    [GeneratedRegex(@"按(?!期|时)照?(?:(?!达到|达|提高|提升|增加|增长|为|至|到|完成|实现).){0,16}$")]
    private static partial Regex PaidAccordingTo();

    /// <summary>每餐3元: a price.</summary>
    [GeneratedRegex(@"每(餐|次|份|单|趟|件|张|人次)$")]
    private static partial Regex PricePer();
}
