using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>The report rows of a plan indexed by key and month, read in row order so that a later row wins.</summary>
internal sealed class ReportedFigures
{
    private readonly Dictionary<string, IndicatorFigures> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectMoney> _money = new(StringComparer.Ordinal);

    public ReportedFigures(Plan plan)
    {
        IndicatorFigures? figures = null;
        string? code = null;
        foreach (var row in plan.IndicatorReports)
        {
            if (row.Period.Year != plan.Year) continue;
            // Rows of one indicator tend to come together: look the indicator up only when it changes.
            if (!ReferenceEquals(row.Indicator, code) && row.Indicator != code)
            {
                code = row.Indicator;
                figures = _indicators.TryGetValue(code, out var found) ? found : _indicators[code] = new IndicatorFigures();
            }
            figures!.Set(row.District, row.Period.Month, row.Actual);
        }
        foreach (var row in plan.ProjectReports)
        {
            if (row.Period.Year != plan.Year) continue;
            var money = _money.TryGetValue(row.Project, out var found) ? found : _money[row.Project] = new ProjectMoney();
            var month = row.Period.Month;
            if (row.Investment is { } investment) money.Investment.Set(month, investment);
            if (row.Funds?.City is { } city) money.City.Set(month, city);
            if (row.Funds?.District is { } district) money.District.Set(month, district);
            if (row.Funds?.Other is { } other) money.Other.Set(month, other);
        }
    }

    public IndicatorFigures For(string indicator) => _indicators.TryGetValue(indicator, out var figures) ? figures : IndicatorFigures.None;

    public decimal InvestmentCompleted(string project, int month) =>
        month > 0 && _money.TryGetValue(project, out var money) ? money.Investment.At(month) ?? 0 : 0;

    public Funds FundsUsed(string project, int month) =>
        month > 0 && _money.TryGetValue(project, out var money)
            ? new Funds(money.City.At(month) ?? 0, money.District.At(month) ?? 0, money.Other.At(month) ?? 0)
            : Funds.Zero;

    private sealed class ProjectMoney
    {
        public MonthlyFigures Investment { get; } = new();
        public MonthlyFigures City { get; } = new();
        public MonthlyFigures District { get; } = new();
        public MonthlyFigures Other { get; } = new();
    }
}

/// <summary>The figures reported for one indicator: for the whole region, and by district.</summary>
internal sealed class IndicatorFigures
{
    public static readonly IndicatorFigures None = new();

    private readonly MonthlyFigures _region = new();
    private Dictionary<string, MonthlyFigures>? _districts;
    private bool _hasRegion;

    public void Set(string? district, int month, decimal value)
    {
        if (district is null)
        {
            _region.Set(month, value);
            _hasRegion = true;
            return;
        }
        _districts ??= new Dictionary<string, MonthlyFigures>(StringComparer.Ordinal);
        if (!_districts.TryGetValue(district, out var figures)) _districts[district] = figures = new MonthlyFigures();
        figures.Set(month, value);
    }

    /// <summary>The whole region's figure; where only districts report, the sum of theirs.</summary>
    public decimal? Actual(int month)
    {
        if (month <= 0) return null;
        if (_hasRegion && _region.At(month) is { } value) return value;
        if (_districts is null) return null;
        decimal? sum = null;
        foreach (var figures in _districts.Values)
        {
            if (figures.At(month) is { } districtValue) sum = (sum ?? 0) + districtValue;
        }
        return sum;
    }

    public decimal? DistrictActual(string district, int month) =>
        month > 0 && _districts is not null && _districts.TryGetValue(district, out var figures) ? figures.At(month) : null;
}
