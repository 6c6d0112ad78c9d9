using Microsoft.Extensions.Localization;
using Minsheng.Engine.Progress;
using Minsheng.Shared;

namespace Minsheng.Dashboard;

/// <summary>
/// What the dashboard's charts draw, from the summary the page shows: progress by category and by
/// district, and investment and funds by source, each against 序时进度 (elapsed). Figures come
/// with the text the page writes for them, so that a chart never reads 73.5% beside a card's 73.4%.
/// </summary>
public sealed record DashboardCharts(
    decimal Elapsed,
    string ElapsedText,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<ProgressBar> Categories,
    IReadOnlyList<ProgressBar> Districts,
    IReadOnlyList<MoneyBar> Money)
{
    public static DashboardCharts From(Summary summary, IStringLocalizer<PageText> text)
    {
        var investment = summary.Overall.Investment;
        var funds = summary.Overall.Funds;
        var bySource = funds.BySource;
        return new DashboardCharts(
            summary.Elapsed,
            ChineseFormat.Percent(summary.Elapsed),
            new Dictionary<string, string>
            {
                ["progress"] = text["Progress"],
                ["elapsed"] = text["Elapsed"],
                ["rate"] = text["Rate"],
                ["planned"] = text["Planned"],
                ["done"] = text["Done"],
            },
            summary.Categories.Select(c => ProgressBar.Of(c.Name, c.Progress)).ToList(),
            summary.Districts.Where(d => d.Indicators > 0).Select(d => ProgressBar.Of(d.Name, d.Progress)).ToList(),
            [
                MoneyBar.Of(text["Investment"], investment.Planned, investment.Completed, investment.Rate),
                MoneyBar.Of(text["Funds"], funds.Planned, funds.Used, funds.Rate),
                MoneyBar.Of(text["Funds"] + "·" + text["City"], bySource.City.Planned, bySource.City.Used, bySource.City.Rate),
                MoneyBar.Of(text["Funds"] + "·" + text["District"], bySource.District.Planned, bySource.District.Used, bySource.District.Rate),
                MoneyBar.Of(text["Funds"] + "·" + text["Other"], bySource.Other.Planned, bySource.Other.Used, bySource.Other.Rate),
            ]);
    }
}

public sealed record ProgressBar(string Name, decimal? Progress, string ProgressText)
{
    public static ProgressBar Of(string name, decimal? progress) => new(name, progress, ChineseFormat.Percent(progress));
}

/// <summary>Planned against done money with its rate; the amounts also written as the page writes them (166.3亿元).</summary>
public sealed record MoneyBar(string Name, decimal Planned, decimal Done, decimal? Rate, string RateText, string PlannedText, string DoneText)
{
    public static MoneyBar Of(string name, decimal planned, decimal done, decimal? rate) =>
        new(name, planned, done, rate, ChineseFormat.Percent(rate), ChineseFormat.Money(planned), ChineseFormat.Money(done));
}
