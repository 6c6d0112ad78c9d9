using System.Text;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// The overall paragraph: N projects in M sub-items, the annual investment and what is completed against
/// plan and elapsed time, how many projects meet their nodes, and which categories and projects lag.
/// </summary>
internal static class OverallParagraph
{
    private const int NamedAtMost = 5;

    public static BulletinParagraph Write(PlanFacts facts)
    {
        var overall = facts.Summary.Overall;
        var period = facts.Template.PeriodName(facts.Month);
        var text = new StringBuilder();
        text.Append($"{overall.Projects}件民生实事细分为{overall.Indicators}个子项");
        var investment = overall.Investment;
        if (investment.Planned > 0)
        {
            text.Append($"，年度总投资{ChineseFigures.Money(investment.Planned)}。{period}完成投资{ChineseFigures.Money(investment.Completed)}，为年度计划的{ChineseFigures.Percent(investment.Rate)}");
            if (investment.VsElapsed is { } vs) text.Append('，').Append(ChineseFigures.VsElapsed(vs));
        }
        text.Append('。');
        if (overall.Progress is { } progress) text.Append($"项目平均进度{ChineseFigures.Percent(progress)}（各子项完成率超过100%的按100%计）。");

        var meeting = overall.Projects - overall.Status.Behind;
        text.Append($"从实施节点看，{overall.Projects}件民生实事项目中{meeting}件推进达序时要求");
        if (overall.Projects > 0) text.Append($"，占比{ChineseFigures.Percent((decimal)meeting / overall.Projects)}");
        if (overall.Status.Completed > 0) text.Append($"，其中{overall.Status.Completed}件已完成全年目标");
        text.Append('。');

        var lagging = facts.Summary.Categories.Where(c => c.Status.Behind > 0).ToList();
        text.Append($"从{overall.Categories}个领域看，{overall.Categories - lagging.Count}个领域按序时推进");
        if (lagging.Count > 0)
        {
            var projects = facts.Summary.Projects.Where(p => p.Status == Status.Behind).ToList();
            // Name a few; the attached table lists them all.
            var named = string.Join("、", projects.Take(NamedAtMost).Select(p => p.Lead is { } lead ? $"{lead}牵头的{p.Name}" : p.Name));
            var areas = lagging.Count <= NamedAtMost ? $"{string.Join("、", lagging.Select(c => c.Name))}{lagging.Count}个领域中" : $"{lagging.Count}个领域中";
            text.Append($"；{areas}，{named}{(projects.Count > NamedAtMost ? "等" : "")}{projects.Count}个项目进展未达预期，需进一步推进落实");
        }
        text.Append('。');
        return new BulletinParagraph(null, text.ToString());
    }
}
