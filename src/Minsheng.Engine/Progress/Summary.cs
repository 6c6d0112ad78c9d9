using System.Text.Json.Serialization;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>Ordered worst first, so that the worst of several is their minimum.</summary>
public enum Status { Behind, OnSchedule, Ahead, Completed }

/// <summary>Ordered best first, so that the worst of several is their maximum.</summary>
public enum Light { Green, Yellow, Red }

/// <summary>The figures of a plan standing at the end of a period: the spec's summary output.</summary>
public sealed record Summary(
    DateOnly AsOf,
    Period? Period,
    decimal Elapsed,
    OverallSummary Overall,
    IReadOnlyList<CategorySummary> Categories,
    IReadOnlyList<ProjectSummary> Projects,
    IReadOnlyList<DistrictSummary> Districts,
    IReadOnlyList<UnitSummary> Units);

public sealed record OverallSummary(
    int Categories,
    int Projects,
    int Indicators,
    decimal? Progress,
    StatusCounts Status,
    MoneySummary Investment,
    FundsSummary Funds);

public sealed record CategorySummary(
    string Code,
    string Name,
    int Projects,
    int Indicators,
    decimal? Progress,
    StatusCounts Status,
    MoneySummary Investment,
    FundsSummary Funds);

public sealed record ProjectSummary(
    string Code,
    string Name,
    string Category,
    string? Lead,
    Status Status,
    Light Light,
    decimal? Progress,
    Period? CompletedIn,
    MoneySummary Investment,
    FundsSummary Funds,
    IReadOnlyList<IndicatorSummary> Indicators)
{
    /// <summary>The parts (其中) of the indicators, which the project's figures leave out; null when it has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IndicatorSummary>? SubIndicators { get; init; }

    /// <summary>Each indicator followed by its parts (其中): for lists that show every reported figure, and for finding one by its code.</summary>
    [JsonIgnore]
    public IEnumerable<IndicatorSummary> AllIndicators =>
        SubIndicators is null ? Indicators : Indicators.SelectMany(i => SubIndicators.Where(s => s.Of == i.Code).Prepend(i));
}

/// <summary>Shortfall is node minus actual in percentage points of the annual target; null when nothing is short.</summary>
public sealed record IndicatorSummary(
    string Code,
    string Name,
    string? Unit,
    decimal Target,
    decimal Actual,
    decimal? Rate,
    decimal Node,
    Status Status,
    Light Light,
    Period? CompletedIn,
    decimal? Shortfall,
    IReadOnlyList<IndicatorDistrictSummary> Districts)
{
    /// <summary>The code of the indicator this one is a part of (其中), or null.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Of { get; init; }
}

public sealed record IndicatorDistrictSummary(string Name, decimal Target, decimal Actual, decimal? Rate);

public sealed record DistrictSummary(string Name, int Indicators, decimal? Progress);

public sealed record UnitSummary(string Name, int Projects, decimal? Progress, int Behind);

/// <summary>Counts of projects by status.</summary>
public sealed record StatusCounts(int Completed, int Ahead, int OnSchedule, int Behind)
{
    public static StatusCounts Of(IEnumerable<Status> statuses)
    {
        int completed = 0, ahead = 0, onSchedule = 0, behind = 0;
        foreach (var status in statuses)
        {
            switch (status)
            {
                case Status.Completed: completed++; break;
                case Status.Ahead: ahead++; break;
                case Status.OnSchedule: onSchedule++; break;
                default: behind++; break;
            }
        }
        return new StatusCounts(completed, ahead, onSchedule, behind);
    }
}

/// <summary>Planned against completed money; rate is null when nothing is planned.</summary>
public sealed record MoneySummary(decimal Planned, decimal Completed, decimal? Rate, decimal? VsElapsed);

public sealed record FundsSummary(decimal Planned, decimal Used, decimal? Rate, decimal? VsElapsed, FundsBySource BySource);

public sealed record FundsBySource(FundsFigure City, FundsFigure District, FundsFigure Other);

public sealed record FundsFigure(decimal Planned, decimal Used, decimal? Rate, decimal? VsElapsed);
