using System.Text.Json;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Documents;

/// <summary>
/// Reads a minsheng-plan/1 document, collecting every error with its JSON path.
/// Fields it does not know are ignored, as the spec requires; the product's own (<see cref="Extensions"/>)
/// are ignored with a warning when they cannot be read.
/// </summary>
internal sealed class PlanDocumentReader
{
    private readonly JsonFields _fields = new();
    private readonly List<DocumentWarning> _warnings = [];
    private readonly Extensions _extensions;
    private readonly HashSet<string> _categoryCodes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _projectCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> _indicators = new(StringComparer.Ordinal);
    private readonly HashSet<string> _indicatorCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wholeNumbersSetAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ofSetAt = new(StringComparer.Ordinal);

    private PlanDocumentReader() => _extensions = new Extensions(_warnings);

    public static PlanWithWarnings Read(JsonDocument document)
    {
        var reader = new PlanDocumentReader();
        var plan = reader.ReadPlan(document.RootElement);
        if (reader._fields.Errors.Count > 0 || plan is null) throw new InvalidPlanDocumentException(reader._fields.Errors);
        return new PlanWithWarnings(plan, reader._warnings);
    }

    private Plan? ReadPlan(JsonElement root)
    {
        const string path = "$";
        if (!_fields.IsObject(root, path)) return null;

        var format = _fields.String(root, "format", path, required: true);
        if (format is not null && format != PlanDocument.Format)
        {
            _fields.Error("$.format", $"must be \"{PlanDocument.Format}\", not \"{format}\"");
        }
        var region = _fields.String(root, "region", path, required: true);
        var year = _fields.Integer(root, "year", path, required: true);
        if (year is < 2000 or > 2100) _fields.Error("$.year", $"{year} is not a plan year (2000-2100)");
        var title = _fields.String(root, "title", path, required: false);
        var settings = ReadSettings(root);

        var categories = _fields.Array(root, "categories", path).Select(c => ReadCategory(c.Item, c.Path)).OfType<Category>().ToList();

        var indicatorReports = new List<IndicatorReport>();
        var projectReports = new List<ProjectReport>();
        foreach (var (item, itemPath) in _fields.Array(root, "reports", path))
        {
            ReadReport(item, itemPath, year, indicatorReports, projectReports);
        }

        if (region is null || year is not { } planYear) return null;
        categories = WithPrecisionTheFiguresAllow(categories, indicatorReports);
        return new Plan(region, planYear, title ?? $"{planYear}年{region}民生实事项目", settings, categories, indicatorReports, projectReports);
    }

    private PlanSettings ReadSettings(JsonElement root)
    {
        if (!root.TryGetProperty("settings", out var settings) || settings.ValueKind == JsonValueKind.Null) return PlanSettings.Default;
        if (!_fields.IsObject(settings, "$.settings")) return PlanSettings.Default;
        var curve = ReadCurve(settings, "$.settings") ?? Curve.Linear;
        var tolerance = _fields.Number(settings, "tolerancePoints", "$.settings", required: false) ?? PlanSettings.Default.TolerancePoints;
        var red = _fields.Number(settings, "redPoints", "$.settings", required: false) ?? PlanSettings.Default.RedPoints;
        return new PlanSettings(curve, tolerance, red, _extensions.Escalation(settings, "$.settings"));
    }

    private Curve? ReadCurve(JsonElement obj, string path) => _fields.String(obj, "curve", path, required: false) switch
    {
        null => null,
        "linear" => Curve.Linear,
        "nodes" => Curve.Nodes,
        var other => Invalid<Curve>($"{path}.curve", $"must be \"linear\" or \"nodes\", not \"{other}\""),
    };

    private Category? ReadCategory(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path)) return null;
        var code = _fields.String(item, "code", path, required: true);
        var name = _fields.String(item, "name", path, required: true);
        if (code is not null && !_categoryCodes.Add(code)) _fields.Error($"{path}.code", $"duplicate category code \"{code}\"");
        var projects = _fields.Array(item, "projects", path).Select(p => ReadProject(p.Item, p.Path)).OfType<Project>().ToList();
        return code is null || name is null ? null : new Category(code, name, projects);
    }

    private Project? ReadProject(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path)) return null;
        var code = _fields.String(item, "code", path, required: true);
        var name = _fields.String(item, "name", path, required: true);
        if (code is not null && !_projectCodes.Add(code)) _fields.Error($"{path}.code", $"duplicate project code \"{code}\"");
        var content = _fields.String(item, "content", path, required: false);
        var lead = _fields.String(item, "lead", path, required: false);
        var units = _fields.Strings(item, "units", path);
        var districts = _fields.Strings(item, "districts", path);
        var investment = _fields.Number(item, "investment", path, required: false);
        var funds = ReadFunds(item, path);
        var location = ReadLocation(item, path);
        var indicators = _fields.Array(item, "indicators", path).Select(i => ReadIndicator(i.Item, i.Path)).OfType<Indicator>().ToList();
        indicators = SubIndicators.Checked(indicators, _ofSetAt, _warnings);
        if (code is null || name is null) return null;
        return new Project(code, name, content, lead, units, districts, investment, funds, location, indicators);
    }

    private Funds? ReadFunds(JsonElement item, string path)
    {
        if (!item.TryGetProperty("funds", out var funds) || funds.ValueKind == JsonValueKind.Null) return null;
        var fundsPath = $"{path}.funds";
        if (!_fields.IsObject(funds, fundsPath)) return null;
        return new Funds(
            _fields.Number(funds, "city", fundsPath, required: false) ?? 0,
            _fields.Number(funds, "district", fundsPath, required: false) ?? 0,
            _fields.Number(funds, "other", fundsPath, required: false) ?? 0);
    }

    private Location? ReadLocation(JsonElement item, string path)
    {
        if (!item.TryGetProperty("location", out var location) || location.ValueKind == JsonValueKind.Null) return null;
        var locationPath = $"{path}.location";
        if (!_fields.IsObject(location, locationPath)) return null;
        var lat = _fields.SignedNumber(location, "lat", locationPath);
        var lon = _fields.SignedNumber(location, "lon", locationPath);
        var address = _fields.String(location, "address", locationPath, required: false);
        return lat is { } la && lon is { } lo ? new Location(la, lo, address) : null;
    }

    private Indicator? ReadIndicator(JsonElement item, string path)
    {
        if (!_fields.IsObject(item, path)) return null;
        var code = _fields.String(item, "code", path, required: true);
        var name = _fields.String(item, "name", path, required: false);
        var kind = _fields.String(item, "kind", path, required: false) switch
        {
            null or "quantity" => IndicatorKind.Quantity,
            "level" => IndicatorKind.Level,
            "milestone" => IndicatorKind.Milestone,
            var other => Invalid<IndicatorKind>($"{path}.kind", $"must be \"quantity\", \"level\" or \"milestone\", not \"{other}\"") ?? IndicatorKind.Quantity,
        };
        var direction = _fields.String(item, "direction", path, required: false) switch
        {
            null or "up" => Direction.Up,
            "down" => Direction.Down,
            var other => Invalid<Direction>($"{path}.direction", $"must be \"up\" or \"down\", not \"{other}\"") ?? Direction.Up,
        };
        var stages = _fields.Strings(item, "stages", path);
        var target = ReadTarget(item, path, kind, stages);
        var unit = _fields.String(item, "unit", path, required: false);
        var curve = _extensions.Curve(item, path);
        var wholeNumbers = _extensions.WholeNumbers(item, path, kind);

        var nodes = new Dictionary<int, decimal>();
        foreach (var (key, value, nodePath) in _fields.Map(item, "nodes", path))
        {
            if (!int.TryParse(key, out var month) || month is < 1 or > 12)
            {
                _fields.Error(nodePath, $"\"{key}\" is not a month number \"1\"-\"12\"");
                continue;
            }
            if (_fields.Number(value, nodePath) is not { } node) continue;
            if (kind == IndicatorKind.Milestone && !IsStage(node, target)) _fields.Error(nodePath, $"{node} is not a stage number 0-{target}");
            else nodes[month] = node;
        }

        var districtTargets = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (district, value, districtPath) in _fields.Map(item, "districts", path))
        {
            if (_fields.Number(value, districtPath) is { } districtTarget) districtTargets[district.Trim()] = districtTarget;
        }

        if (code is not null && !_indicatorCodes.Add(code))
        {
            _fields.Error($"{path}.code", $"duplicate indicator code \"{code}\"");
            return null;
        }
        if (code is null || target is null) return null;
        var indicator = new Indicator(code, name ?? code, kind, target.Value, unit, direction, stages, nodes, districtTargets, curve);
        if (wholeNumbers is { } whole)
        {
            indicator = indicator with { WholeNumbers = whole };
            _wholeNumbersSetAt[code] = $"{path}[\"{Extensions.Property}\"].wholeNumbers";
        }
        if (_extensions.Of(item, path) is var (wholeCode, ofPath))
        {
            indicator = indicator with { Of = wholeCode };
            _ofSetAt[code] = ofPath;
        }
        _indicators[code] = indicator;
        return indicator;
    }

    /// <summary>
    /// Whole numbers that the document's own figures contradict do not hold: an indicator counted in 户
    /// whose target or reported figures carry decimals takes decimals. Where the document itself said
    /// whole numbers, that is ignored with a warning.
    /// </summary>
    private List<Category> WithPrecisionTheFiguresAllow(List<Category> categories, List<IndicatorReport> reports)
    {
        var fractional = reports.Where(r => !IsWhole(r.Actual)).Select(r => r.Indicator).ToHashSet(StringComparer.Ordinal);
        Indicator Allowed(Indicator indicator)
        {
            if (!indicator.WholeNumbers || indicator.Kind == IndicatorKind.Milestone) return indicator;
            if (IsWhole(indicator.Target) && indicator.DistrictTargets.Values.All(IsWhole) && !fractional.Contains(indicator.Code)) return indicator;
            if (_wholeNumbersSetAt.TryGetValue(indicator.Code, out var at))
            {
                _warnings.Add(new DocumentWarning(at, "ignored: the indicator's own target or reported figures carry decimals"));
            }
            return indicator with { WholeNumbers = false };
        }
        return categories.Select(c => c with { Projects = c.Projects.Select(p => p with { Indicators = p.Indicators.Select(Allowed).ToList() }).ToList() }).ToList();
    }

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);

    /// <summary>For a milestone the target is the number of stages: taken from the stages when absent, checked against them when present.</summary>
    private decimal? ReadTarget(JsonElement item, string path, IndicatorKind kind, List<string> stages)
    {
        if (kind != IndicatorKind.Milestone) return _fields.Number(item, "target", path, required: true);
        if (stages.Count == 0)
        {
            _fields.Error($"{path}.stages", "a milestone needs its stages in order");
            return null;
        }
        var target = _fields.Number(item, "target", path, required: false);
        if (target is { } t && t != stages.Count)
        {
            _fields.Error($"{path}.target", $"a milestone's target is its number of stages ({stages.Count}), not {t}");
        }
        return stages.Count;
    }

    private void ReadReport(JsonElement item, string path, int? planYear, List<IndicatorReport> indicatorReports, List<ProjectReport> projectReports)
    {
        if (!_fields.IsObject(item, path)) return;
        var periodText = _fields.String(item, "period", path, required: true);
        Period? period = null;
        if (periodText is not null)
        {
            if (!Period.TryParse(periodText, out var parsed)) _fields.Error($"{path}.period", $"\"{periodText}\" is not a month YYYY-MM");
            else if (planYear is { } year && parsed.Year != year) _fields.Error($"{path}.period", $"{periodText} is outside the plan year {year}");
            else period = parsed;
        }
        var note = _fields.String(item, "note", path, required: false);
        var indicatorCode = _fields.String(item, "indicator", path, required: false);
        var projectCode = _fields.String(item, "project", path, required: false);

        if (indicatorCode is not null && projectCode is not null)
        {
            _fields.Error(path, "a report row gives either \"indicator\" or \"project\", not both");
        }
        else if (indicatorCode is not null)
        {
            var actual = _fields.Number(item, "actual", path, required: true);
            var district = _fields.String(item, "district", path, required: false);
            if (!_indicators.TryGetValue(indicatorCode, out var indicator))
            {
                // An indicator that is in the document but invalid has its own error already.
                if (!_indicatorCodes.Contains(indicatorCode)) _fields.Error($"{path}.indicator", $"unknown indicator code \"{indicatorCode}\"");
                return;
            }
            if (actual is { } a && indicator.Kind == IndicatorKind.Milestone && !IsStage(a, indicator.Target))
            {
                _fields.Error($"{path}.actual", $"{a} is not a stage number 0-{indicator.Target} of milestone {indicatorCode}");
                return;
            }
            if (period is { } p && actual is { } value) indicatorReports.Add(new IndicatorReport(p, indicatorCode, value, district, note));
        }
        else if (projectCode is not null)
        {
            if (!_projectCodes.Contains(projectCode))
            {
                _fields.Error($"{path}.project", $"unknown project code \"{projectCode}\"");
                return;
            }
            var investment = _fields.Number(item, "investment", path, required: false);
            var funds = ReadFundsUsed(item, path);
            if (period is { } p) projectReports.Add(new ProjectReport(p, projectCode, investment, funds, note));
        }
        else
        {
            _fields.Error(path, "a report row names an \"indicator\" or a \"project\"");
        }
    }

    private FundsUsed? ReadFundsUsed(JsonElement item, string path)
    {
        if (!item.TryGetProperty("funds", out var funds) || funds.ValueKind == JsonValueKind.Null) return null;
        var fundsPath = $"{path}.funds";
        if (!_fields.IsObject(funds, fundsPath)) return null;
        return new FundsUsed(
            _fields.Number(funds, "city", fundsPath, required: false),
            _fields.Number(funds, "district", fundsPath, required: false),
            _fields.Number(funds, "other", fundsPath, required: false));
    }

    private static bool IsStage(decimal value, decimal? stages) => value == decimal.Truncate(value) && value <= (stages ?? decimal.MaxValue);

    private T? Invalid<T>(string path, string message) where T : struct
    {
        _fields.Error(path, message);
        return null;
    }
}
