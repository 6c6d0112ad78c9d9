using System.Text.RegularExpressions;
using Minsheng.Engine.Imports;
using Xunit.Abstractions;

namespace Minsheng.Tests.Corpus;

/// <summary>
/// Every target read from the held-out corpus has the short name a clerk would write: not empty, 3 to 18
/// characters, no figure (but DN600, PM2.5 or a leading hotline), no filler before it or bound word after it,
/// more than a verb, no examples before 等, and the verb it shares with the target before it (新建口袋公园15个、
/// 绿道12公里 → 新建绿道).
/// </summary>
public sealed partial class NamingTheCorpusTargets(ITestOutputHelper output)
{
    private static readonly string[] Verbs =
        ["新改建", "改扩建", "新建", "改建", "扩建", "新增", "增设", "建设", "建成", "改造", "实施", "开展", "举办", "培训", "完成", "发放", "提供",
         "配备", "打造", "新开", "新辟", "开通", "筛查", "铺设", "建立", "惠及", "覆盖", "接种", "整治", "筹集", "打通", "加装", "更换", "启动", "治理",
         "新开工", "基本", "优化", "调整", "接入", "开办", "改善", "制作"];

    [Fact]
    public void Every_target_of_the_corpus_has_a_short_name_a_clerk_would_write()
    {
        var faults = new List<string>();
        var count = 0;
        foreach (var name in CorpusList.Names)
        {
            var list = CorpusList.Load(name);
            var read = PublishedListParser.Parse(string.Join("\n", list.NumberedLines()));
            foreach (var (project, imported) in read.Plan.Projects.Zip(read.Projects))
            {
                var targets = imported.Targets;
                for (var i = 0; i < project.Indicators.Count; i++)
                {
                    count++;
                    var between = i > 0 && targets.Count == project.Indicators.Count
                        ? imported.Content[(targets[i - 1].Start + targets[i - 1].Length)..targets[i].Start] : "";
                    var previous = i > 0 ? project.Indicators[i - 1].Name : "";
                    foreach (var fault in Faults(project.Indicators[i].Name, previous, between))
                    {
                        faults.Add($"{name} {project.Code} “{project.Indicators[i].Name}”: {fault}");
                    }
                }
            }
        }
        foreach (var fault in faults) output.WriteLine(fault);
        output.WriteLine($"{faults.Count} faults in {count} names");
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    private static IEnumerable<string> Faults(string name, string previous, string between)
    {
        if (name.Length is < 3 or > 18) yield return $"{name.Length} characters";
        if (Digit().IsMatch(Codes().Replace(name, ""))) yield return "a figure";
        if (Leading().IsMatch(name)) yield return "filler before it";
        if (Trailing().IsMatch(name)) yield return "a bound word after it";
        if (name.Length > 0 && OnlyVerbs(name)) yield return "only a verb";
        if (Examples().IsMatch(name)) yield return "examples before 等";
        if (between.StartsWith('、') && StartsWithVerb(previous) && !Verbs.Any(name.Contains)) yield return $"lost the verb of “{previous}”";
    }

    private static bool StartsWithVerb(string name) => Verbs.Any(v => name.StartsWith(v, StringComparison.Ordinal));

    private static bool OnlyVerbs(string name) => Verbs.OrderByDescending(v => v.Length).Aggregate(name, (rest, verb) => rest.Replace(verb, "")).Length == 0;

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    /// <summary>Figures that belong to a name: DN600, PM2.5, a leading hotline (12348公共法律服务热线), 10秒内.</summary>
    [GeneratedRegex(@"^\d{3,5}(?=\D)|[A-Za-z]+\d+(\.\d+)?|\d+秒内")]
    private static partial Regex Codes();

    [GeneratedRegex(@"^(全年|年内|今年|确保|计划|力争|同步|多渠道|实现|推动|推进|督促|(全|本)(市|县|区)|其中|对|为|将|免费|\d{4}年|[^\d]{0,4}(底|末|开学|春节)(之|以)?前)")]
    private static partial Regex Leading();

    [GeneratedRegex(@"(达到|保持|稳定在|控制在|提高到|提高至|不少于|以上|以内|的)$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(、|”|」|中学|小学|路|街|村|社区|医院)[^、]*?等(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex Examples();
}
