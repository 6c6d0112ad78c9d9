using System.Text.Json;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Documents;

/// <summary>
/// The product's fields beyond the spec, kept under "x-minsheng" on the object they extend (settings,
/// an indicator) so that no other system's field can collide with them. Older documents have them on
/// the object itself, where they are still read when they have the product's shape. The spec never
/// refuses a field it does not define: one that does not read as the product's, at either place, is
/// ignored with a warning naming its path.
/// </summary>
internal sealed class Extensions(List<DocumentWarning> warnings)
{
    public const string Property = "x-minsheng";

    private static string PathOf(string objectPath) => $"{objectPath}[\"{Property}\"]";

    /// <summary>settings → escalation: the supervision rules, in place of the default ones.</summary>
    public IReadOnlyList<EscalationRule>? Escalation(JsonElement settings, string path)
    {
        if (Find(settings, path, "escalation") is not var (value, at)) return null;
        var fields = new JsonFields();
        var rules = fields.Items(value, at).Select(r => ReadEscalationRule(fields, r.Item, r.Path)).ToList();
        return Kept(fields, at) ? rules.OfType<EscalationRule>().ToList() : null;
    }

    /// <summary>indicator → curve: "linear" or "nodes" for this indicator, in place of the plan's.</summary>
    public Curve? Curve(JsonElement indicator, string path)
    {
        if (Find(indicator, path, "curve") is not var (value, at)) return null;
        Curve? curve = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() switch
        {
            "linear" => Model.Curve.Linear,
            "nodes" => Model.Curve.Nodes,
            _ => null,
        } : null;
        if (curve is null) warnings.Add(new DocumentWarning(at, $"ignored: must be \"linear\" or \"nodes\", not {JsonFields.Describe(value)}"));
        return curve;
    }

    /// <summary>
    /// indicator → wholeNumbers: true when a figure must be a whole number, false when it may carry
    /// decimals; absent, the unit says (<see cref="CountUnits"/>). A milestone's stages are always whole.
    /// It is new, so it has no old place.
    /// </summary>
    public bool? WholeNumbers(JsonElement indicator, string path, IndicatorKind kind)
    {
        if (Find(indicator, path, "wholeNumbers", oldPlace: false) is not var (value, at)) return null;
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            warnings.Add(new DocumentWarning(at, $"ignored: must be true or false, not {JsonFields.Describe(value)}"));
            return null;
        }
        if (kind == IndicatorKind.Milestone && !value.GetBoolean())
        {
            warnings.Add(new DocumentWarning(at, "ignored: a milestone's figures are stage numbers, always whole"));
            return null;
        }
        return value.GetBoolean();
    }

    /// <summary>
    /// indicator → of: the code of the indicator of the same project it breaks down (其中). Whether that
    /// indicator can be its whole is checked with the project's indicators (<see cref="SubIndicators"/>).
    /// </summary>
    public (string Code, string Path)? Of(JsonElement indicator, string path)
    {
        if (Find(indicator, path, "of", oldPlace: false) is not var (value, at)) return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } code) return (code, at);
        warnings.Add(new DocumentWarning(at, $"ignored: must be the code of an indicator of the same project, not {JsonFields.Describe(value)}"));
        return null;
    }

    /// <summary>The extension in the object's x-minsheng, else at its old place on the object; null when absent.</summary>
    private (JsonElement Value, string Path)? Find(JsonElement obj, string path, string name, bool oldPlace = true)
    {
        if (obj.TryGetProperty(Property, out var own) && own.ValueKind != JsonValueKind.Null)
        {
            var ownPath = PathOf(path);
            if (own.ValueKind != JsonValueKind.Object)
            {
                if (warnings.All(w => w.Path != ownPath)) warnings.Add(new DocumentWarning(ownPath, $"ignored: must be an object, not {JsonFields.Describe(own)}"));
            }
            else if (own.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return (value, $"{ownPath}.{name}");
            }
        }
        return oldPlace && obj.TryGetProperty(name, out var old) && old.ValueKind != JsonValueKind.Null ? (old, $"{path}.{name}") : null;
    }

    /// <summary>Whether the extension read without a problem; otherwise one warning saying what in it was wrong.</summary>
    private bool Kept(JsonFields fields, string path)
    {
        if (fields.Errors.Count == 0) return true;
        var problems = fields.Errors.Select(e => e.Path.Length > path.Length ? $"{e.Path[path.Length..]}: {e.Message}" : e.Message);
        warnings.Add(new DocumentWarning(path, "ignored: " + string.Join("; ", problems)));
        return false;
    }

    private static EscalationRule? ReadEscalationRule(JsonFields fields, JsonElement item, string path)
    {
        if (!fields.IsObject(item, path)) return null;
        var level = fields.Integer(item, "level", path, required: true);
        if (level is < 1 or > 3) fields.Error($"{path}.level", $"{level} is not a supervision level 1-3");
        var months = fields.Integer(item, "months", path, required: true);
        if (months is < 1 or > 12) fields.Error($"{path}.months", $"{months} is not a number of months 1-12");
        Progress.Light? light = fields.String(item, "light", path, required: true) switch
        {
            null => null,
            "yellow" => Progress.Light.Yellow,
            "red" => Progress.Light.Red,
            var other => Invalid(fields, $"{path}.light", $"must be \"yellow\" or \"red\", not \"{other}\""),
        };
        return level is >= 1 and <= 3 && months is >= 1 and <= 12 && light is { } l ? new EscalationRule(level.Value, l, months.Value) : null;
    }

    private static Progress.Light? Invalid(JsonFields fields, string path, string message)
    {
        fields.Error(path, message);
        return null;
    }
}
