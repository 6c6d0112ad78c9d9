using System.Text;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// A paragraph per category: its projects and sub-items, whether they keep to the nodes, its investment
/// rate, what was achieved (items completed, items ahead, with their figures) and what lags and why.
/// </summary>
internal static class CategoryParagraphs
{
    public static IReadOnlyList<BulletinParagraph> Write(PlanFacts facts)
    {
        var paragraphs = new List<BulletinParagraph>(facts.Summary.Categories.Count);
        var projectsByCategory = facts.Summary.Projects.ToLookup(p => p.Category, StringComparer.Ordinal);
        foreach (var (category, index) in facts.Summary.Categories.Select((c, i) => (c, i)))
        {
            var lead = facts.Fill(facts.Template.Bulletin.CategoryLead, ("ordinal", ChineseFigures.Numeral(index + 1)), ("category", category.Name));
            paragraphs.Add(new BulletinParagraph(lead, Text(facts, category, projectsByCategory[category.Code].ToList())));
        }
        return paragraphs;
    }

    private static string Text(PlanFacts facts, CategorySummary category, IReadOnlyList<ProjectSummary> projects)
    {
        var text = new StringBuilder($"涉及{category.Projects}件实事{category.Indicators}个子项");
        text.Append(category.Status.Behind == 0 ? "，均按序时推进" : $"，{category.Status.Behind}件未达序时");
        if (category.Status.Completed > 0) text.Append($"，{category.Status.Completed}件已完成全年目标");
        if (category.Investment.Planned > 0)
        {
            text.Append($"，完成投资{ChineseFigures.Money(category.Investment.Completed)}，为年度计划的{ChineseFigures.Percent(category.Investment.Rate)}");
        }
        text.Append('。');

        var points = new List<string>();
        var completed = projects.SelectMany(p => p.Indicators.Where(i => i.Status == Status.Completed).Select(i => (p, i))).ToList();
        if (completed.Count > 0)
        {
            points.Add("完成年度目标。" + string.Join("；", completed.Select(x =>
                $"{x.p.Name}{Colon(x.p, x.i)}{facts.Done(x.i.Code, Named(x.p, x.i), x.i.Actual)}，为年度目标的{ChineseFigures.Percent(x.i.Rate)}")) + "。");
        }
        var ahead = projects.SelectMany(p => p.Indicators.Where(i => i.Status == Status.Ahead).Select(i => (p, i))).ToList();
        if (ahead.Count > 0)
        {
            points.Add("超序时推进。" + string.Join("；", ahead.Select(x =>
                $"{x.p.Name}{Colon(x.p, x.i)}{facts.Done(x.i.Code, Named(x.p, x.i), x.i.Actual)}，超过{facts.Month}月份节点目标（{facts.Node(x.i.Code, x.i.Node)}）")) + "。");
        }
        for (var i = 0; i < points.Count; i++) text.Append($"{ChineseFigures.Numeral(i + 1)}是{points[i]}");

        var issues = new List<string>();
        foreach (var project in projects)
        {
            var behind = project.Indicators.Where(i => i.Status == Status.Behind).ToList();
            var problems = facts.ProblemsOf(project.Code).Select(p => p.Description).ToList();
            if (behind.Count == 0 && problems.Count == 0) continue;
            var issue = new StringBuilder(project.Lead is { } l ? $"{l}牵头的{project.Name}" : project.Name);
            if (behind.Count > 0)
            {
                issue.Append("未达序时").Append(Colon(project, behind[0])).Append(string.Join("；", behind.Select(i =>
                    $"{facts.Done(i.Code, Named(project, i), i.Actual)}，{facts.Month}月份节点目标{facts.Node(i.Code, i.Node)}" +
                    (i.Shortfall is { } s ? $"，差{ChineseFigures.PointsOf(s)}" : ""))));
            }
            if (problems.Count > 0) issue.Append(behind.Count > 0 ? "；" : "").Append(string.Join("；", problems.Select(p => p.TrimEnd('。'))));
            issues.Add(issue.ToString());
        }
        if (issues.Count > 0) text.Append("存在问题：").Append(string.Join("。", issues)).Append('。');
        return text.ToString();
    }

    /// <summary>An indicator named in its project's sentence, unless it would only repeat the project's name.</summary>
    private static string Named(ProjectSummary project, IndicatorSummary indicator) =>
        project.Indicators.Count == 1 && project.Name.Contains(indicator.Name, StringComparison.Ordinal) ? "" : indicator.Name;

    private static string Colon(ProjectSummary project, IndicatorSummary indicator) => Named(project, indicator).Length > 0 ? "：" : "，";
}
