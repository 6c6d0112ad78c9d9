namespace Minsheng.Engine.Model;

/// <summary>One region's programme for one year, with the progress reported on it.</summary>
public sealed record Plan(
    string Region,
    int Year,
    string Title,
    PlanSettings Settings,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<IndicatorReport> IndicatorReports,
    IReadOnlyList<ProjectReport> ProjectReports)
{
    public IEnumerable<Project> Projects => Categories.SelectMany(c => c.Projects);

    public IEnumerable<Indicator> Indicators => Projects.SelectMany(p => p.Indicators);

    /// <summary>
    /// The plan with one report row per month and key (the latest), in month order: the same
    /// figures, without the history of superseded rows.
    /// </summary>
    public Plan WithLatestReportsOnly()
    {
        var indicatorRows = new Dictionary<(string, Period, string?), IndicatorReport>();
        foreach (var row in IndicatorReports) indicatorRows[(row.Indicator, row.Period, row.District)] = row;
        var projectRows = new Dictionary<(string, Period), ProjectReport>();
        foreach (var row in ProjectReports) projectRows[(row.Project, row.Period)] = row;
        return this with
        {
            IndicatorReports = indicatorRows.Values.OrderBy(r => r.Period).ToList(),
            ProjectReports = projectRows.Values.OrderBy(r => r.Period).ToList(),
        };
    }
}

public enum Curve { Linear, Nodes }

/// <summary>Thresholds and escalation rules are settings of the plan, never constants in code.</summary>
public sealed record PlanSettings(Curve Curve = Curve.Linear, decimal TolerancePoints = 0, decimal RedPoints = 10, IReadOnlyList<EscalationRule>? Escalation = null)
{
    public static PlanSettings Default { get; } = new();

    /// <summary>Two yellow months in a row bring level 1 (督办函), a red month level 2 (约谈), three red months level 3 (挂牌督办).</summary>
    public static IReadOnlyList<EscalationRule> DefaultEscalation { get; } =
        [new(1, Progress.Light.Yellow, 2), new(2, Progress.Light.Red, 1), new(3, Progress.Light.Red, 3)];

    public IReadOnlyList<EscalationRule> EscalationRules => Escalation ?? DefaultEscalation;
}

/// <summary>A project whose light has been at least this colour for this many months in a row rises to this supervision level (1-3).</summary>
public sealed record EscalationRule(int Level, Progress.Light Light, int Months);

public sealed record Category(string Code, string Name, IReadOnlyList<Project> Projects);

public sealed record Project(
    string Code,
    string Name,
    string? Content,
    string? Lead,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Districts,
    decimal? Investment,
    Funds? Funds,
    Location? Location,
    IReadOnlyList<Indicator> Indicators);

/// <summary>Money by source: 市本级 (city), 区县 (district), 其他 (other). Yuan.</summary>
public sealed record Funds(decimal City, decimal District, decimal Other)
{
    public static Funds Zero { get; } = new(0, 0, 0);

    public decimal Total => City + District + Other;

    public Funds Plus(Funds other) => new(City + other.City, District + other.District, Other + other.Other);
}

public sealed record Location(decimal Lat, decimal Lon, string? Address);
