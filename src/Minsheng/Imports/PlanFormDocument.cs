using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Minsheng.Engine.Documents;

namespace Minsheng.Imports;

/// <summary>An error of the preview form: the form field it belongs to (empty for the whole plan) and what is wrong, in Chinese.</summary>
public sealed record FormError(string Field, string Message);

/// <summary>
/// The preview form written as a plan document, so that the one reader every plan goes through
/// judges it; its errors, found by JSON path, are told back by the form's own fields and numbers
/// (项目 03-02 指标 1 目标值).
/// </summary>
public sealed class PlanFormDocument
{
    // Document field → form property, and the page text that names it.
    private static readonly Dictionary<string, (string Field, string Label)> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = ("Name", "Name"),
        ["target"] = ("Target", "TargetValue"),
        ["unit"] = ("Unit", "Unit"),
        ["nodes"] = ("Nodes", "Nodes"),
        ["of"] = ("Of", "PartOf"),
        ["lead"] = ("Lead", "Lead"),
        ["units"] = ("Units", "Units"),
        ["districts"] = ("Districts", "Districts"),
        ["investment"] = ("Investment", "Investment"),
        ["region"] = ("Region", "Region"),
        ["year"] = ("Year", "Year"),
        ["title"] = ("Title", "PlanTitle"),
    };

    private readonly IStringLocalizer<PageText> _text;

    // JSON path of a category, project or indicator → its form field prefix and how the page names it.
    private readonly Dictionary<string, (string Prefix, string Label)> _places = new(StringComparer.Ordinal) { ["$"] = ("Form", "") };

    private PlanFormDocument(PlanForm form, IStringLocalizer<PageText> text)
    {
        _text = text;
        Json = Write(form).ToJsonString();
    }

    public string Json { get; }

    /// <summary>What is wrong in the form itself, before the reader sees it (a 其中 naming no other row).</summary>
    public List<FormError> FormErrors { get; } = [];

    public static PlanFormDocument Of(PlanForm form, IStringLocalizer<PageText> text) => new(form, text);

    /// <summary>A target that cannot be a part of the one chosen (another unit, or larger), which the reader kept as a target of its own.</summary>
    public IEnumerable<FormError> Parts(IEnumerable<DocumentWarning> warnings) =>
        warnings.Where(w => w.Path.EndsWith(PartPath, StringComparison.Ordinal))
            .Select(w => Describe(new DocumentError(w.Path[..^PartPath.Length] + ".of", w.Message switch
            {
                _ when w.Message.Contains("a part of itself", StringComparison.Ordinal) => "part:itself",
                _ when w.Message.Contains("is itself a part of", StringComparison.Ordinal) => "part:of-a-part",
                _ => "part:unlike",
            })));

    private const string PartPath = "[\"" + PlanDocument.ProductFields + "\"].of";

    public FormError Describe(DocumentError error)
    {
        var path = error.Path;
        var suffix = "";
        while (!_places.ContainsKey(path))
        {
            var cut = Math.Max(path.LastIndexOf('.'), 1);
            suffix = path[(cut + 1)..] + (suffix.Length > 0 ? "." + suffix : "");
            path = path[..cut];
        }
        var (prefix, label) = _places[path];
        var field = suffix.Split('[', '.')[0];
        var (name, fieldLabel) = Fields.TryGetValue(field, out var known) ? (known.Field, _text[known.Label].Value) : ("", field);
        var where = string.Join(" ", new[] { label, fieldLabel }.Where(s => s.Length > 0));
        return new FormError(name.Length > 0 ? $"{prefix}.{name}" : prefix, _text["FieldError", where, InChinese(error.Message)]);
    }

    private JsonObject Write(PlanForm form)
    {
        var categories = new JsonArray();
        for (var c = 0; c < form.Categories.Count; c++)
        {
            var category = form.Categories[c];
            var projects = new JsonArray();
            for (var p = 0; p < category.Projects.Count; p++)
            {
                var path = $"$.categories[{c}].projects[{p}]";
                var prefix = $"Form.Categories[{c}].Projects[{p}]";
                projects.Add(WriteProject(category.Projects[p], path, prefix));
            }
            _places[$"$.categories[{c}]"] = ($"Form.Categories[{c}]", _text["CategoryLabel", category.Code ?? ""]);
            categories.Add(new JsonObject { ["code"] = category.Code, ["name"] = category.Name, ["projects"] = projects });
        }
        return new JsonObject
        {
            ["format"] = PlanDocument.Format,
            ["region"] = form.Region?.Trim() ?? "",
            ["year"] = int.TryParse(form.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : form.Year,
            ["title"] = string.IsNullOrWhiteSpace(form.Title) ? $"{form.Year}年{form.Region}民生实事项目" : form.Title.Trim(),
            ["categories"] = categories,
        };
    }

    private JsonObject WriteProject(ProjectForm project, string path, string prefix)
    {
        _places[path] = (prefix, _text["ProjectLabel", project.Code ?? ""].Value);
        var indicators = new JsonArray();
        var rows = project.Indicators.Select((row, i) => (Row: row, Number: i + 1, Prefix: $"{prefix}.Indicators[{i}]", Label: _text["IndicatorLabel", project.Code ?? "", i + 1].Value))
            .Where(r => !r.Row.Drop)
            .Concat(project.Added.Select((row, k) => (Row: row, Number: 0, Prefix: $"{prefix}.Added[{k}]", Label: _text["AddedIndicatorLabel", project.Code ?? "", k + 1].Value)))
            .Where(r => !r.Row.IsBlank)
            .ToList();
        // The rows are numbered again without the dropped ones; a part of a dropped row is a target of its own.
        var codes = rows.Select((r, i) => (r.Number, Code: $"{project.Code}-{i + 1}")).Where(r => r.Number > 0).ToDictionary(r => r.Number, r => r.Code);
        foreach (var (row, number, rowPrefix, label) in rows)
        {
            _places[$"{path}.indicators[{indicators.Count}]"] = (rowPrefix, label);
            var indicator = new JsonObject
            {
                ["code"] = $"{project.Code}-{indicators.Count + 1}",
                ["name"] = row.Name?.Trim(),
                ["kind"] = row.Kind.ToString().ToLowerInvariant(),
                ["direction"] = row.Direction.ToString().ToLowerInvariant(),
                ["unit"] = string.IsNullOrWhiteSpace(row.Unit) ? null : row.Unit.Trim(),
            };
            if (Figure(row.Target) is { } target) indicator["target"] = target;
            if (NodesText.Read(row.Nodes) is { } nodes) indicator["nodes"] = nodes;
            if (WholeOf(row, number, project.Indicators.Count, rowPrefix, label) is { } whole && codes.TryGetValue(whole, out var wholeCode))
            {
                indicator[PlanDocument.ProductFields] = new JsonObject { ["of"] = wholeCode };
            }
            indicators.Add(indicator);
        }
        var written = new JsonObject
        {
            ["code"] = project.Code,
            ["name"] = project.Name?.Trim(),
            ["content"] = project.Content,
            ["lead"] = string.IsNullOrWhiteSpace(project.Lead) ? null : project.Lead.Trim(),
            ["units"] = new JsonArray(ProjectForm.Names(project.Units).Select(n => (JsonNode?)n).ToArray()),
            ["districts"] = new JsonArray(ProjectForm.Names(project.Districts).Select(n => (JsonNode?)n).ToArray()),
            ["indicators"] = indicators,
        };
        if (Figure(project.Investment) is { } investment) written["investment"] = investment;
        if (Location(project, prefix) is { } location) written["location"] = location;
        return written;
    }

    /// <summary>The row number a target is a part of, or null; a number that is no other row of the project is told on the row.</summary>
    private int? WholeOf(IndicatorForm row, int number, int rows, string rowPrefix, string label)
    {
        if (string.IsNullOrWhiteSpace(row.Of)) return null;
        var problem = !int.TryParse(row.Of.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var whole) || whole < 1 || whole > rows
            ? _text["ErrorPartOfNothing", rows].Value
            : whole == number ? _text["ErrorPartOfItself"].Value : null;
        if (problem is null) return whole;
        FormErrors.Add(new FormError($"{rowPrefix}.Of", _text["FieldError", $"{label} {_text["PartOf"]}", problem]));
        return null;
    }

    /// <summary>The project's first site, the one location a plan document holds; a site's errors are told by <see cref="PlanFormSites"/>.</summary>
    private static JsonObject? Location(ProjectForm project, string prefix)
    {
        if (project.KeptSites(prefix).Select(s => s.Site).FirstOrDefault() is not { } site) return null;
        if (SiteCoordinates.Read(site.Latitude, site.Longitude) is not { Valid: true } at) return null;
        var location = new JsonObject { ["lat"] = at.Latitude, ["lon"] = at.Longitude };
        if (!string.IsNullOrWhiteSpace(site.Address)) location["address"] = site.Address.Trim();
        return location;
    }

    /// <summary>A number when the text is one (1,500 too); otherwise the text itself, for the reader to refuse by name.</summary>
    private static JsonNode? Figure(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var plain = text.Replace(",", "").Replace("，", "").Trim();
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? JsonValue.Create(value)
            : JsonValue.Create(text);
    }

    /// <summary>The reader's common messages in the page's words; a rarer one as the reader says it.</summary>
    private string InChinese(string message) => message switch
    {
        "is missing" => _text["ErrorMissing"],
        "part:unlike" => _text["ErrorNotAPart"],
        "part:itself" => _text["ErrorPartOfItself"],
        "part:of-a-part" => _text["ErrorPartOfAPart"],
        "must not be empty" => _text["ErrorEmpty"],
        _ when message.StartsWith("must be a number", StringComparison.Ordinal) => _text["ErrorNotANumber"],
        _ when message.StartsWith("must be a whole number", StringComparison.Ordinal) => _text["ErrorNotAWholeNumber"],
        _ when message.StartsWith("must not be negative", StringComparison.Ordinal) => _text["ErrorNegative"],
        _ when message.Contains("is larger than", StringComparison.Ordinal) => _text["ErrorTooLarge"],
        _ when message.Contains("is not a plan year", StringComparison.Ordinal) => _text["ErrorNotAYear"],
        _ when message.StartsWith("duplicate", StringComparison.Ordinal) => _text["ErrorDuplicate"],
        _ when message.Contains("is not a month number", StringComparison.Ordinal) => _text["ErrorNotANode"],
        _ => message,
    };
}
