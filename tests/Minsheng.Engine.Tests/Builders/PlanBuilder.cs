using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

/// <summary>Entry point of the fluent plan builder: <c>APlan.For(2024).WithCategory(...).Reported(...).Build()</c>.</summary>
public static class APlan
{
    public static PlanBuilder For(int year) => new(year);
}

public sealed class PlanBuilder(int year)
{
    private readonly List<CategoryBuilder> _categories = [];
    private readonly List<IndicatorReport> _indicatorReports = [];
    private readonly List<ProjectReport> _projectReports = [];
    private string _region = "测试市";
    private PlanSettings _settings = PlanSettings.Default;

    public PlanBuilder Region(string region)
    {
        _region = region;
        return this;
    }

    public PlanBuilder WithSettings(Curve curve = Curve.Linear, decimal tolerancePoints = 0, decimal redPoints = 10)
    {
        _settings = new PlanSettings(curve, tolerancePoints, redPoints);
        return this;
    }

    public PlanBuilder WithCategory(string code, Action<CategoryBuilder>? configure = null, string? name = null)
    {
        var category = new CategoryBuilder(code, name ?? $"类{code}");
        configure?.Invoke(category);
        _categories.Add(category);
        return this;
    }

    /// <summary>A plan of one category "01" and one project "01-01" holding this indicator (and any others added the same way).</summary>
    public PlanBuilder WithIndicator(string code, decimal target, Action<IndicatorBuilder>? configure = null)
    {
        var category = _categories.FirstOrDefault(c => c.Code == "01");
        if (category is null) WithCategory("01", c => c.WithProject("01-01", p => p.WithIndicator(code, target, configure)));
        else category.Project("01-01").WithIndicator(code, target, configure);
        return this;
    }

    /// <summary>A cumulative figure for a month ("2024-06"): the whole region, or one district.</summary>
    public PlanBuilder Reported(string period, string indicator, decimal actual, string? district = null)
    {
        _indicatorReports.Add(new IndicatorReport(Period.Parse(period), indicator, actual, district));
        return this;
    }

    /// <summary>Cumulative investment completed and funds used by a project up to a month.</summary>
    public PlanBuilder Spent(string period, string project, decimal? investment = null, decimal? city = null, decimal? district = null, decimal? other = null)
    {
        var funds = city is null && district is null && other is null ? null : new FundsUsed(city, district, other);
        _projectReports.Add(new ProjectReport(Period.Parse(period), project, investment, funds));
        return this;
    }

    public Plan Build() => new(_region, year, $"{year}年{_region}民生实事项目", _settings,
        _categories.Select(c => c.Build()).ToList(), _indicatorReports.ToList(), _projectReports.ToList());
}

public sealed class CategoryBuilder(string code, string name)
{
    private readonly List<ProjectBuilder> _projects = [];

    public string Code => code;

    public CategoryBuilder WithProject(string projectCode, Action<ProjectBuilder>? configure = null, string? projectName = null)
    {
        var project = new ProjectBuilder(projectCode, projectName ?? $"项目{projectCode}");
        configure?.Invoke(project);
        _projects.Add(project);
        return this;
    }

    internal ProjectBuilder Project(string projectCode) => _projects.First(p => p.Code == projectCode);

    internal Category Build() => new(code, name, _projects.Select(p => p.Build()).ToList());
}

public sealed class ProjectBuilder(string code, string name)
{
    private readonly List<IndicatorBuilder> _indicators = [];
    private readonly List<string> _units = [];
    private readonly List<string> _districts = [];
    private string? _lead;
    private decimal? _investment;
    private Funds? _funds;
    private Location? _location;

    public string Code => code;

    public ProjectBuilder Lead(string lead)
    {
        _lead = lead;
        return this;
    }

    public ProjectBuilder Units(params string[] units)
    {
        _units.AddRange(units);
        return this;
    }

    public ProjectBuilder Districts(params string[] districts)
    {
        _districts.AddRange(districts);
        return this;
    }

    public ProjectBuilder Investment(decimal planned)
    {
        _investment = planned;
        return this;
    }

    public ProjectBuilder Funds(decimal city = 0, decimal district = 0, decimal other = 0)
    {
        _funds = new Funds(city, district, other);
        return this;
    }

    public ProjectBuilder Location(decimal lat, decimal lon, string? address = null)
    {
        _location = new Location(lat, lon, address);
        return this;
    }

    public ProjectBuilder WithIndicator(string indicatorCode, decimal target, Action<IndicatorBuilder>? configure = null)
    {
        var indicator = new IndicatorBuilder(indicatorCode, target);
        configure?.Invoke(indicator);
        _indicators.Add(indicator);
        return this;
    }

    internal Project Build() => new(code, name, $"{name}的内容", _lead, _units.ToList(), _districts.ToList(),
        _investment, _funds, _location, _indicators.Select(i => i.Build()).ToList());
}

public sealed class IndicatorBuilder(string code, decimal target)
{
    private readonly Dictionary<int, decimal> _nodes = [];
    private readonly Dictionary<string, decimal> _districts = [];
    private string? _unit;
    private IndicatorKind _kind = IndicatorKind.Quantity;
    private Direction _direction = Direction.Up;
    private List<string> _stages = [];
    private Curve? _curve;
    private string? _name;
    private bool? _wholeNumbers;
    private string? _of;

    public IndicatorBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public IndicatorBuilder Unit(string unit)
    {
        _unit = unit;
        return this;
    }

    /// <summary>Cumulative node targets as (month, value).</summary>
    public IndicatorBuilder Nodes(params (int Month, decimal Value)[] nodes)
    {
        foreach (var (month, value) in nodes) _nodes[month] = value;
        return this;
    }

    public IndicatorBuilder District(string district, decimal districtTarget)
    {
        _districts[district] = districtTarget;
        return this;
    }

    /// <summary>Lower is better: the target is a ceiling.</summary>
    public IndicatorBuilder Down()
    {
        _direction = Direction.Down;
        return this;
    }

    public IndicatorBuilder Level()
    {
        _kind = IndicatorKind.Level;
        return this;
    }

    /// <summary>A milestone: its stages in order; the target should be their number.</summary>
    public IndicatorBuilder Stages(params string[] stages)
    {
        _kind = IndicatorKind.Milestone;
        _stages = [.. stages];
        return this;
    }

    public IndicatorBuilder Curve(Curve curve)
    {
        _curve = curve;
        return this;
    }

    /// <summary>Whole numbers as the office set them, whatever the unit says.</summary>
    public IndicatorBuilder WholeNumbers(bool whole)
    {
        _wholeNumbers = whole;
        return this;
    }

    /// <summary>A part (其中) of the indicator of that code.</summary>
    public IndicatorBuilder Of(string whole)
    {
        _of = whole;
        return this;
    }

    internal Indicator Build()
    {
        var indicator = new Indicator(code, _name ?? $"指标{code}", _kind, target, _unit, _direction, _stages.ToList(),
            new Dictionary<int, decimal>(_nodes), new Dictionary<string, decimal>(_districts), _curve) { Of = _of };
        return _wholeNumbers is { } whole ? indicator with { WholeNumbers = whole } : indicator;
    }
}
