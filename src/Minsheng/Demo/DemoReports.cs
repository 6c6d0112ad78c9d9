using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Demo;

/// <summary>
/// A plausible year of monthly reports for a demo plan, up to a month, shaped so that every
/// status and light appears: items ahead, exactly on their node, completed early, a little
/// behind (yellow) and far behind (red), with a corrected report kept as history.
/// </summary>
public static class DemoReports
{
    private enum Pace { Ahead, OnNode, Early, Yellow, Red }

    private static readonly Pace[] Rotation =
        [Pace.Ahead, Pace.OnNode, Pace.Early, Pace.Ahead, Pace.Yellow, Pace.Ahead, Pace.OnNode, Pace.Early, Pace.Ahead, Pace.Red, Pace.Ahead, Pace.OnNode];

    public static Plan WithReportsUpTo(Plan plan, int lastMonth)
    {
        var indicatorReports = new List<IndicatorReport>();
        var projectReports = new List<ProjectReport>();
        var index = 0;
        foreach (var project in plan.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                var pace = Rotation[index++ % Rotation.Length] switch
                {
                    // A standard is raised, or a coverage reached, at a date: levels complete early or lag.
                    _ when indicator.Kind == IndicatorKind.Level => index % 5 == 0 ? Pace.Red : Pace.Early,
                    // One stage short of a milestone is already red: a yellow milestone is on its node.
                    Pace.Yellow when indicator.Kind == IndicatorKind.Milestone => Pace.OnNode,
                    var rotated => rotated,
                };
                decimal? previous = null;
                for (var month = 1; month <= lastMonth; month++)
                {
                    var actual = Actual(indicator, plan.Settings.Curve, pace, month, stallAfter: index % 3 == 0 ? 5 : 6);
                    // A month without a row keeps the latest earlier figure, as real units often do.
                    if (actual == previous) continue;
                    var period = new Period(plan.Year, month);
                    // A figure given wrong and corrected after the month was published (DemoChain keeps both).
                    if (index == 1 && month == lastMonth - 1) indicatorReports.Add(new IndicatorReport(period, indicator.Code, actual * 10));
                    indicatorReports.Add(new IndicatorReport(period, indicator.Code, actual, Note: month == lastMonth ? $"截至{month}月底累计完成{actual:0.##}{indicator.Unit}" : null));
                    indicatorReports.AddRange(DistrictRows(indicator, period, actual));
                    previous = actual;
                }
            }
            projectReports.AddRange(MoneyRows(plan.Year, project, index, lastMonth));
        }
        return plan with { IndicatorReports = indicatorReports, ProjectReports = projectReports };
    }

    /// <summary>The cumulative figure of a month at a pace; a red item keeps to its nodes and then stalls.</summary>
    private static decimal Actual(Indicator indicator, Curve curve, Pace pace, int month, int stallAfter)
    {
        var target = indicator.Target;
        var node = NodeCurve.At(indicator, curve, month) ?? 0;
        var value = pace switch
        {
            Pace.Ahead => node + target * 0.06m,
            Pace.OnNode => node,
            Pace.Early => target * Math.Min(1m, month / 7m),
            Pace.Yellow => node - target * 0.05m,
            _ => NodeCurve.At(indicator, curve, Math.Min(month, stallAfter)) ?? 0,
        };
        value = Math.Clamp(value, 0, target);
        // Whole-number indicators (户, 所, milestones) and whole targets get whole figures; only a fractional target (96.9%) gets decimals.
        return indicator.WholeNumbers || target == decimal.Truncate(target)
            ? pace is Pace.Ahead or Pace.OnNode ? Math.Ceiling(value) : Math.Floor(value)
            : Math.Round(value, 1);
    }

    private static IEnumerable<IndicatorReport> DistrictRows(Indicator indicator, Period period, decimal actual)
    {
        if (indicator.Target == 0) yield break;
        foreach (var (district, districtTarget) in indicator.DistrictTargets)
        {
            var share = Math.Floor(actual * districtTarget / indicator.Target);
            yield return new IndicatorReport(period, indicator.Code, Math.Min(share, districtTarget), district);
        }
    }

    private static IEnumerable<ProjectReport> MoneyRows(int year, Project project, int seed, int lastMonth)
    {
        if (project.Investment is not { } investment) yield break;
        var speed = (seed % 4) switch { 0 => 1.2m, 1 => 1.0m, 2 => 0.7m, _ => 1.1m };
        var funds = project.Funds ?? Funds.Zero;
        for (var month = 1; month <= lastMonth; month++)
        {
            var done = Math.Min(1m, speed * month / 12m);
            var used = done * 0.9m;
            yield return new ProjectReport(
                new Period(year, month),
                project.Code,
                Math.Round(investment * done, 0),
                new FundsUsed(Math.Round(funds.City * used, 0), Math.Round(funds.District * used, 0), Math.Round(funds.Other * used, 0)));
        }
    }
}
