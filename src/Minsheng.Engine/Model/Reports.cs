namespace Minsheng.Engine.Model;

/// <summary>A cumulative figure for one month: the whole region, or one district when District is set.</summary>
public sealed record IndicatorReport(Period Period, string Indicator, decimal Actual, string? District = null, string? Note = null);

/// <summary>Cumulative investment completed and funds used by one project up to a month. Null means not reported in this row.</summary>
public sealed record ProjectReport(Period Period, string Project, decimal? Investment, FundsUsed? Funds, string? Note = null);

public sealed record FundsUsed(decimal? City, decimal? District, decimal? Other);
