using Minsheng.Engine.Model;

namespace Minsheng.Engine.Progress;

/// <summary>The report rows of a plan indexed by key and month, read in row order so that a later row wins.</summary>
internal sealed class ReportedFigures
{
    private readonly Dictionary<string, MonthlyFigures> _regionActuals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, MonthlyFigures>> _districtActuals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProjectMoney> _money = new(StringComparer.Ordinal);

    public ReportedFigures(Plan plan)
    {
        foreach (var row in plan.IndicatorReports)
        {
            if (row.Period.Year != plan.Year) continue;
            if (row.District is null)
            {
                GetOrAdd(_regionActuals, row.Indicator).Set(row.Period.Month, row.Actual);
            }
            else
            {
                var byDistrict = _districtActuals.TryGetValue(row.Indicator, out var found)
                    ? found
                    : _districtActuals[row.Indicator] = new Dictionary<string, MonthlyFigures>(StringComparer.Ordinal);
                GetOrAdd(byDistrict, row.District).Set(row.Period.Month, row.Actual);
            }
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

    /// <summary>The whole region's figure; where only districts report, the sum of theirs.</summary>
    public decimal? Actual(string indicator, int month)
    {
        if (month <= 0) return null;
        if (_regionActuals.TryGetValue(indicator, out var region) && region.At(month) is { } value) return value;
        if (!_districtActuals.TryGetValue(indicator, out var byDistrict)) return null;
        decimal? sum = null;
        foreach (var figures in byDistrict.Values)
        {
            if (figures.At(month) is { } districtValue) sum = (sum ?? 0) + districtValue;
        }
        return sum;
    }

    public decimal? DistrictActual(string indicator, string district, int month) =>
        month > 0 && _districtActuals.TryGetValue(indicator, out var byDistrict) && byDistrict.TryGetValue(district, out var figures)
            ? figures.At(month)
            : null;

    public decimal InvestmentCompleted(string project, int month) =>
        month > 0 && _money.TryGetValue(project, out var money) ? money.Investment.At(month) ?? 0 : 0;

    public Funds FundsUsed(string project, int month) =>
        month > 0 && _money.TryGetValue(project, out var money)
            ? new Funds(money.City.At(month) ?? 0, money.District.At(month) ?? 0, money.Other.At(month) ?? 0)
            : Funds.Zero;

    private static MonthlyFigures GetOrAdd(Dictionary<string, MonthlyFigures> figures, string key) =>
        figures.TryGetValue(key, out var found) ? found : figures[key] = new MonthlyFigures();

    private sealed class ProjectMoney
    {
        public MonthlyFigures Investment { get; } = new();
        public MonthlyFigures City { get; } = new();
        public MonthlyFigures District { get; } = new();
        public MonthlyFigures Other { get; } = new();
    }
}
