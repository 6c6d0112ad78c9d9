using Microsoft.Extensions.Localization;

namespace Minsheng.Plans;

/// <summary>What a project page's charts draw: each indicator's trajectory over months 1-12, with the words of the legend.</summary>
public sealed record ProjectCharts(IReadOnlyDictionary<string, string> Labels, IReadOnlyList<string> Months, IReadOnlyList<IndicatorTrajectory> Indicators)
{
    public static ProjectCharts From(IReadOnlyList<IndicatorTrajectory> trajectories, IStringLocalizer<PageText> text) => new(
        new Dictionary<string, string>
        {
            ["node"] = text["Node"],
            ["expected"] = text["Expected"],
            ["actual"] = text["Actual"],
            ["target"] = text["Target"],
        },
        Enumerable.Range(1, 12).Select(month => text["MonthNumber", month].Value).ToList(),
        trajectories);
}
