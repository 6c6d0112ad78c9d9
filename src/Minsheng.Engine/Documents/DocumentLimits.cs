using System.Text.Json;

namespace Minsheng.Engine.Documents;

/// <summary>
/// Limits a plan document must keep before any field is read: every text decodes (no invalid UTF-8, no lone
/// surrogate), names stay short, longer texts (content, notes) stay readable, and no list is endless.
/// The spec sets no limits; these are far above any real programme.
/// </summary>
public static class DocumentLimits
{
    /// <summary>Codes, names, units, regions, titles: anything shown as one line.</summary>
    public const int MaxName = 500;

    /// <summary>Content, notes, addresses and texts of unknown fields.</summary>
    public const int MaxText = 20_000;

    /// <summary>Items in one array (reports of a large city's year stay far below).</summary>
    public const int MaxItems = 100_000;

    private static readonly HashSet<string> NameFields = new(StringComparer.Ordinal)
    {
        "format", "region", "title", "code", "name", "lead", "unit", "kind", "direction", "curve",
        "period", "indicator", "project", "district", "category",
    };

    /// <summary>Every error of the document's texts and lists, with its JSON path.</summary>
    public static List<DocumentError> Check(JsonElement root)
    {
        var errors = new List<DocumentError>();
        Check(root, "$", null, errors);
        return errors;
    }

    private static void Check(JsonElement element, string path, string? field, List<DocumentError> errors)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (Text(element) is not { } text) errors.Add(new DocumentError(path, "is not valid text (invalid UTF-8 or a lone surrogate)"));
                else if (field is not null && NameFields.Contains(field) && text.Length > MaxName) errors.Add(new DocumentError(path, $"is longer than {MaxName} characters ({text.Length})"));
                else if (text.Length > MaxText) errors.Add(new DocumentError(path, $"is longer than {MaxText} characters ({text.Length})"));
                break;
            case JsonValueKind.Array:
                var count = element.GetArrayLength();
                if (count > MaxItems)
                {
                    errors.Add(new DocumentError(path, $"has {count} items, more than {MaxItems}"));
                    return;
                }
                var index = 0;
                // Items of a list of names (units, districts, stages) are names too.
                foreach (var item in element.EnumerateArray()) Check(item, $"{path}[{index++}]", field, errors);
                break;
            case JsonValueKind.Object:
                var properties = 0;
                foreach (var property in element.EnumerateObject())
                {
                    if (++properties > MaxItems)
                    {
                        errors.Add(new DocumentError(path, $"has more than {MaxItems} fields"));
                        return;
                    }
                    if (Name(property) is not { } name)
                    {
                        errors.Add(new DocumentError(path, "has a field name that is not valid text (invalid UTF-8 or a lone surrogate)"));
                        continue;
                    }
                    if (name.Length > MaxName)
                    {
                        errors.Add(new DocumentError(path, $"has a field name longer than {MaxName} characters"));
                        continue;
                    }
                    Check(property.Value, $"{path}.{name}", name, errors);
                }
                break;
        }
        if (errors.Count > 100) throw new InvalidPlanDocumentException(errors);
    }

    private static string? Text(JsonElement element)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
