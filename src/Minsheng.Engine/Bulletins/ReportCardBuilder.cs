using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>Writes the 成绩单 of a plan at a month: projects grouped by status, in the template's order and words.</summary>
public static class ReportCardBuilder
{
    public static ReportCard Build(Plan plan, Summary summary, DocumentTemplate? template = null)
    {
        var facts = new PlanFacts(plan, summary, OfficeRecords.None, template ?? DocumentTemplate.Default);
        var words = facts.Template.Card;
        var groups = new List<CardGroup>();
        foreach (var group in words.Groups)
        {
            var projects = summary.Projects.Where(p => p.Status == group.Status).ToList();
            if (projects.Count == 0) continue;
            var heading = facts.Fill(group.Heading, ("count", projects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            groups.Add(new CardGroup(group.Status, heading, projects.Select((p, i) => Item(facts, p, i + 1)).ToList()));
        }
        return new ReportCard(
            facts.Fill(words.Title),
            facts.Fill(words.Preface),
            groups,
            words.Closing.Select(text => facts.Fill(text)).ToList());
    }

    private static CardItem Item(PlanFacts facts, ProjectSummary project, int number)
    {
        var clauses = project.Indicators.Select(i => CardClauses.Of(facts, project, i)).ToList();
        int? forecast = null;
        var ending = "";
        if (project.Status == Status.Ahead)
        {
            forecast = CompletionForecast.Latest(project.Indicators.Select(facts.ForecastMonth));
            ending = "，" + CardClauses.Forecast(forecast);
        }
        else if (project.Status == Status.Completed && project.CompletedIn is { Month: < 12 } early)
        {
            ending = $"，于{early.Month}月提前完成全年目标";
        }
        var text = $"截至{facts.Month}月底，{string.Join("；", clauses)}{ending}。";
        return new CardItem(number, project.Code, project.Name, text, forecast);
    }
}

/// <summary>The key figures of one indicator on the card, worded by its status.</summary>
internal static class CardClauses
{
    public static string Of(PlanFacts facts, ProjectSummary project, IndicatorSummary indicator)
    {
        var name = project.Indicators.Count == 1 && project.Name.Contains(indicator.Name, StringComparison.Ordinal) ? "" : indicator.Name;
        var target = facts.Amount(indicator.Code, indicator.Target);
        var node = facts.Node(indicator.Code, indicator.Node);
        var done = facts.Done(indicator.Code, name, indicator.Actual);
        return indicator.Status switch
        {
            Status.Completed => $"{done}，完成年度目标（{target}）" + (indicator.Rate > 1 ? $"的{ChineseFigures.Percent(indicator.Rate)}" : ""),
            Status.Ahead => $"{done}，超额完成{facts.Month}月份节点目标（{node}），完成年度目标（{target}）的{ChineseFigures.Percent(indicator.Rate)}",
            Status.OnSchedule when indicator.Node > 0 => $"{done}，完成{facts.Month}月份节点目标（{node}），完成年度目标（{target}）的{ChineseFigures.Percent(indicator.Rate)}",
            Status.OnSchedule => $"{done}，年度目标{target}",
            _ => $"{done}，未达{facts.Month}月份节点目标（{node}）" + (indicator.Shortfall is { } s ? $"，差{ChineseFigures.PointsOf(s)}" : ""),
        };
    }

    /// <summary>预计11月底提前1个月完成全年目标 / 预计12月底按期完成全年目标, or a call to keep the pace when it falls short.</summary>
    public static string Forecast(int? month) => month switch
    {
        < 12 and { } m => $"按近期进度，预计{m}月底提前{12 - m}个月完成全年目标",
        12 => "按近期进度，预计12月底按期完成全年目标",
        _ => "按近期进度年内完成全年目标尚需加快",
    };
}
