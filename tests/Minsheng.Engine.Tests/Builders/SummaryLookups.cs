using System.Globalization;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>Summarizing a test plan at a date, and finding things in the summary by code.</summary>
public static class SummaryLookups
{
    public static Summary At(this Plan plan, string asOf) =>
        ProgressEngine.Summarize(plan, DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static ProjectSummary Project(this Summary summary, string code) => summary.Projects.Single(p => p.Code == code);

    public static IndicatorSummary Indicator(this Summary summary, string code) =>
        summary.Projects.SelectMany(p => p.Indicators).Single(i => i.Code == code);

    public static CategorySummary Category(this Summary summary, string code) => summary.Categories.Single(c => c.Code == code);

    public static DistrictSummary District(this Summary summary, string name) => summary.Districts.Single(d => d.Name == name);

    public static UnitSummary Unit(this Summary summary, string name) => summary.Units.Single(u => u.Name == name);

    public static Period Month(string text) => Period.Parse(text);
}
