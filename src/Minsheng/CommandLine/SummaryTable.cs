using System.Globalization;
using System.Text;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Shared;

namespace Minsheng.CommandLine;

/// <summary>The summary as a readable table for a terminal, aligned for double-width Chinese characters.</summary>
internal static class SummaryTable
{
    public static string Render(Plan plan, Summary summary)
    {
        var title = plan.Title;
        var indicators = plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var text = new StringBuilder();
        var overall = summary.Overall;
        var month = summary.Period is { } period ? CliText.Format("MonthName", period.Month) : CliText.Get("NoMonthEnded");
        text.AppendLine(CliText.Format("SummaryHeading", title, summary.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), month, Percent(summary.Elapsed)));
        text.AppendLine(CliText.Format("OverallLine", overall.Categories, overall.Projects, overall.Indicators, Percent(overall.Progress)));
        text.AppendLine(CliText.Format("StatusLine", overall.Status.Completed, overall.Status.Ahead, overall.Status.OnSchedule, overall.Status.Behind));
        var investment = overall.Investment;
        if (investment.Planned > 0 || investment.Completed > 0)
        {
            text.AppendLine(CliText.Format("InvestmentLine", Money(investment.Planned), Money(investment.Completed), Percent(investment.Rate), Points(investment.VsElapsed)));
        }
        var funds = overall.Funds;
        if (funds.Planned > 0 || funds.Used > 0)
        {
            text.AppendLine(CliText.Format("FundsLine", Money(funds.Planned), Money(funds.Used), Percent(funds.Rate), Points(funds.VsElapsed)));
            foreach (var (source, figure) in new[] { ("SourceCity", funds.BySource.City), ("SourceDistrict", funds.BySource.District), ("SourceOther", funds.BySource.Other) })
            {
                text.AppendLine(CliText.Format("FundsSourceLine", CliText.Get(source), Money(figure.Planned), Money(figure.Used), Percent(figure.Rate), Points(figure.VsElapsed)));
            }
        }
        text.AppendLine();

        var rows = new List<string[]>
        {
            new[] { "ColumnCode", "ColumnName", "ColumnLead", "ColumnTarget", "ColumnActual", "ColumnNode", "ColumnRate", "ColumnProgress", "ColumnStatus", "ColumnLight", "ColumnCompletedIn" }
                .Select(CliText.Get).ToArray(),
        };
        foreach (var category in summary.Categories)
        {
            rows.Add([category.Code, category.Name, "", "", "", "", "", Percent(category.Progress), "", "", ""]);
            foreach (var project in summary.Projects.Where(p => p.Category == category.Code))
            {
                rows.Add([project.Code, "  " + project.Name, project.Lead ?? "", "", "", "", "", Percent(project.Progress), StatusText(project.Status), LightText(project.Light), project.CompletedIn?.ToString() ?? ""]);
                foreach (var indicator in project.AllIndicators)
                {
                    var planned = indicators[indicator.Code];
                    rows.Add([
                        indicator.Code, (indicator.Of is null ? "    " : "      其中：") + indicator.Name, "",
                        ChineseFormat.Figure(planned, indicator.Target) + (indicator.Unit ?? ""), ChineseFormat.Figure(planned, indicator.Actual), ChineseFormat.Node(planned, indicator.Node),
                        Percent(indicator.Rate), "", StatusText(indicator.Status), LightText(indicator.Light), indicator.CompletedIn?.ToString() ?? "",
                    ]);
                }
            }
        }
        AppendAligned(text, rows);
        return text.ToString();
    }

    private static void AppendAligned(StringBuilder text, List<string[]> rows)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => DisplayWidth(r[c]))).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                line.Append(row[c]).Append(' ', widths[c] - DisplayWidth(row[c]) + 2);
            }
            text.AppendLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>Columns a string takes in a terminal: East Asian wide and full-width characters take two.</summary>
    internal static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var v = rune.Value;
            var wide = v is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
                or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
                or >= 0x20000 and <= 0x3FFFD;
            width += wide ? 2 : 1;
        }
        return width;
    }

    private static string StatusText(Status status) => CliText.Get("Status" + status);

    private static string LightText(Light light) => CliText.Get("Light" + light);

    private static string Percent(decimal? rate) => rate is null ? CliText.Get("NotApplicable") : ChineseFormat.Percent(rate);

    private static string Points(decimal? vsElapsed) => vsElapsed switch
    {
        null => CliText.Get("NotApplicable"),
        >= 0 => CliText.Format("PointsAhead", (vsElapsed.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)),
        _ => CliText.Format("PointsBehind", (-vsElapsed.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)),
    };

    private static string Money(decimal yuan) => ChineseFormat.Money(yuan);
}
