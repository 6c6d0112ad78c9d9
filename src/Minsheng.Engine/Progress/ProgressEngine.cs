using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>Computes a plan's figures as they stand at the end of the month an as-of date selects.</summary>
public static class ProgressEngine
{
    public static Summary Summarize(Plan plan, DateOnly asOf)
    {
        var month = ReportingMonth.Of(asOf, plan.Year);
        var context = new Context(plan, month, ReportingMonth.Elapsed(month), new ReportedFigures(plan));

        var projects = new List<ProjectSummary>();
        var categories = new List<CategorySummary>(plan.Categories.Count);
        var districts = new Tallies<DistrictTally>();
        var units = new Tallies<UnitTally>();
        var planned = new MoneyTally();

        foreach (var category in plan.Categories)
        {
            var categoryProjects = new List<ProjectSummary>(category.Projects.Count);
            var categoryMoney = new MoneyTally();
            foreach (var project in category.Projects)
            {
                var money = MoneyTally.Of(project, month, context.Figures);
                var summary = SummarizeProject(context, category, project, money);
                categoryProjects.Add(summary);
                categoryMoney.Add(money);
                TallyDistricts(districts, project, summary);
                if (project.Lead is { } lead) units.Get(lead).Add(summary);
            }
            projects.AddRange(categoryProjects);
            planned.Add(categoryMoney);
            categories.Add(new CategorySummary(
                category.Code,
                category.Name,
                categoryProjects.Count,
                categoryProjects.Sum(p => p.Indicators.Count),
                Mean.Of(categoryProjects.Select(p => p.Progress)),
                StatusCounts.Of(categoryProjects.Select(p => p.Status)),
                categoryMoney.Investment(context.Elapsed),
                categoryMoney.Funds(context.Elapsed)));
        }

        var overall = new OverallSummary(
            plan.Categories.Count,
            projects.Count,
            projects.Sum(p => p.Indicators.Count),
            Mean.Of(projects.Select(p => p.Progress)),
            StatusCounts.Of(projects.Select(p => p.Status)),
            planned.Investment(context.Elapsed),
            planned.Funds(context.Elapsed));

        return new Summary(
            asOf,
            month == 0 ? null : new Period(plan.Year, month),
            context.Elapsed,
            overall,
            categories,
            projects,
            districts.All.Select(d => d.ToSummary()).ToList(),
            units.All.Select(u => u.ToSummary()).ToList());
    }

    private static ProjectSummary SummarizeProject(Context context, Category category, Project project, MoneyTally money)
    {
        var indicators = new List<IndicatorSummary>(project.Indicators.Count);
        List<IndicatorSummary>? parts = null;
        foreach (var indicator in project.Indicators)
        {
            var summary = SummarizeIndicator(context, indicator);
            if (indicator.Of is null) indicators.Add(summary);
            else (parts ??= []).Add(summary with { Of = indicator.Of });
        }

        return new ProjectSummary(
            project.Code,
            project.Name,
            category.Code,
            project.Lead,
            ProjectStatus(indicators),
            indicators.Count == 0 ? Light.Green : indicators.Max(i => i.Light),
            Mean.Of(indicators.Select(i => IndicatorRules.Capped(i.Rate))),
            indicators.Count > 0 && indicators.All(i => i.Status == Status.Completed) ? indicators.Max(i => i.CompletedIn) : null,
            money.Investment(context.Elapsed),
            money.Funds(context.Elapsed),
            indicators) { SubIndicators = parts };
    }

    /// <summary>
    /// A project takes the worst of its indicators, except that it is completed only when all are,
    /// and ahead when none is behind and at least one is ahead.
    /// </summary>
    public static Status ProjectStatus(IReadOnlyCollection<IndicatorSummary> indicators)
    {
        if (indicators.Count == 0) return Status.OnSchedule;
        if (indicators.All(i => i.Status == Status.Completed)) return Status.Completed;
        if (indicators.Any(i => i.Status == Status.Behind)) return Status.Behind;
        return indicators.Any(i => i.Status == Status.Ahead) ? Status.Ahead : Status.OnSchedule;
    }

    private static IndicatorSummary SummarizeIndicator(Context context, Indicator indicator)
    {
        var figures = context.Figures.For(indicator.Code);
        var reported = figures.Actual(context.Month);
        var actual = reported ?? 0;
        var judgement = IndicatorRules.Judge(indicator, context.Plan.Settings, context.Month, reported);

        var districts = new List<IndicatorDistrictSummary>(indicator.DistrictTargets.Count);
        foreach (var (district, target) in indicator.DistrictTargets)
        {
            var districtActual = figures.DistrictActual(district, context.Month) ?? 0;
            districts.Add(new IndicatorDistrictSummary(district, target, districtActual, IndicatorRules.Rate(indicator.Direction, target, districtActual)));
        }

        return new IndicatorSummary(
            indicator.Code,
            indicator.Name,
            indicator.Unit,
            indicator.Target,
            actual,
            IndicatorRules.Rate(indicator, actual),
            judgement.Node ?? 0,
            judgement.Status,
            judgement.Light,
            judgement.Status == Status.Completed ? CompletedIn(context, indicator, figures) : null,
            judgement.Shortfall,
            districts);
    }

    /// <summary>The first month whose cumulative figure reached the target.</summary>
    private static Period? CompletedIn(Context context, Indicator indicator, IndicatorFigures figures)
    {
        for (var m = 1; m <= context.Month; m++)
        {
            if (IndicatorRules.Reaches(indicator, figures.Actual(m))) return new Period(context.Plan.Year, m);
        }
        return null;
    }

    private static void TallyDistricts(Tallies<DistrictTally> districts, Project project, ProjectSummary summary)
    {
        foreach (var name in project.Districts) districts.Get(name);
        foreach (var indicator in summary.Indicators)
        {
            foreach (var district in indicator.Districts) districts.Get(district.Name).Add(district.Rate);
        }
    }

    private sealed record Context(Plan Plan, int Month, decimal Elapsed, ReportedFigures Figures);
}
