using System.Globalization;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>What every document of a plan at a month looks up: the plan's items by code, the reported figures, the words.</summary>
internal sealed class PlanFacts
{
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly ReportedFigures _figures;
    private readonly ILookup<string, OpenProblem> _problems;

    public PlanFacts(Plan plan, Summary summary, OfficeRecords records, DocumentTemplate template)
    {
        if (summary.Period is not { } period) throw new NoMonthEndedException(summary.AsOf);
        Plan = plan;
        Summary = summary;
        Period = period;
        Template = template;
        ProblemsKnown = records.Problems is not null;
        _problems = (records.Problems ?? []).ToLookup(p => p.Project, StringComparer.Ordinal);
        Supervised = records.Supervised;
        Reporting = records.Reporting;
        _indicators = plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _figures = new ReportedFigures(plan);
        Values = new Dictionary<string, string>
        {
            ["plan"] = plan.Title,
            ["region"] = plan.Region,
            ["year"] = plan.Year.ToString(CultureInfo.InvariantCulture),
            ["month"] = period.Month.ToString(CultureInfo.InvariantCulture),
            ["period"] = template.PeriodName(period.Month),
            ["monthEnd"] = ChineseFigures.MonthEnd(period),
            ["projects"] = summary.Overall.Projects.ToString(CultureInfo.InvariantCulture),
            ["indicators"] = summary.Overall.Indicators.ToString(CultureInfo.InvariantCulture),
            ["categories"] = summary.Overall.Categories.ToString(CultureInfo.InvariantCulture),
            ["categoryNames"] = string.Join("、", plan.Categories.Select(c => c.Name)),
            ["attachment"] = template.Attachment.Title,
        };
    }

    public Plan Plan { get; }

    public Summary Summary { get; }

    public Period Period { get; }

    public int Month => Period.Month;

    public DocumentTemplate Template { get; }

    /// <summary>False when the source holds no problems at all (a plan document), as opposed to none open.</summary>
    public bool ProblemsKnown { get; }

    /// <summary>The projects under supervision at the month; null when the source holds no 督办 records.</summary>
    public IReadOnlyList<SupervisedProject>? Supervised { get; }

    /// <summary>Who reported the month; null when the source holds no reporting records.</summary>
    public MonthReporting? Reporting { get; }

    public IReadOnlyDictionary<string, string> Values { get; }

    public string Fill(string text, params (string Name, string Value)[] more)
    {
        if (more.Length == 0) return Placeholders.Fill(text, Values);
        var values = new Dictionary<string, string>(Values);
        foreach (var (name, value) in more) values[name] = value;
        return Placeholders.Fill(text, values);
    }

    public IEnumerable<OpenProblem> ProblemsOf(string project) => _problems[project];

    /// <summary>The plan's indicator of a code.</summary>
    public Indicator Indicator(string code) => _indicators[code];

    /// <summary>A figure of an indicator as a document writes it: an amount with its unit, or a milestone's stage (“开工”).</summary>
    public string Amount(string indicator, decimal value) => WrittenFigures.Amount(_indicators[indicator], value);

    /// <summary>A node of an indicator as a document writes it, rounded to the side that meets it (<see cref="WrittenFigures.Node"/>).</summary>
    public string Node(string indicator, decimal node) => WrittenFigures.NodeAmount(_indicators[indicator], node);

    /// <summary>
    /// Where an indicator stands, worded by its kind: 累计完成8.65万户 (a quantity), 达55% (a share of the works), 为96.9% (a level),
    /// 进展至“开工” (a milestone with stages). The name goes first when given.
    /// </summary>
    public string Done(string indicator, string name, decimal actual)
    {
        var found = _indicators[indicator];
        var amount = Amount(indicator, actual);
        return found.Kind switch
        {
            IndicatorKind.Milestone when found.Stages.Count > 0 => actual < 1 ? $"{name}尚未启动" : $"{name}进展至{amount}",
            IndicatorKind.Level => $"{name}为{amount}",
            _ when found.Unit == "%" => $"{name}达{amount}",
            _ => $"{name}累计完成{amount}",
        };
    }

    /// <summary>The month an indicator reaches its target at its recent pace; null for a ceiling (lower is better) or when it will not by December.</summary>
    public int? ForecastMonth(IndicatorSummary indicator)
    {
        if (indicator.Status == Status.Completed) return indicator.CompletedIn?.Month ?? Month;
        if (!_indicators.TryGetValue(indicator.Code, out var found) || found.Direction == Direction.Down) return null;
        var figures = _figures.For(indicator.Code);
        return CompletionForecast.Month(found.Target, figures.Actual, Month);
    }
}

/// <summary>A document for an as-of date before the end of the plan's first month: there are no figures to write about.</summary>
public sealed class NoMonthEndedException(DateOnly asOf) : Exception($"No month of the plan has ended by {asOf:yyyy-MM-dd}.")
{
    public DateOnly AsOf { get; } = asOf;
}
