using System.Text.Json;

namespace Minsheng.Engine.Documents;

/// <summary>
/// Limits a plan document must keep before any field is read: every text decodes (no invalid UTF-8, no lone
/// surrogate), names stay short, longer texts (content, notes) stay readable, and no list is endless.
/// The spec sets no limits; these are far above any real programme.
/// </summary>
public static class DocumentLimits
{
    /// <summary>Field names, and any one-line field not listed in <see cref="NameLimits"/>.</summary>
    public const int MaxName = 300;

    /// <summary>Notes, texts of unknown fields: what a database text column holds.</summary>
    public const int MaxText = 4_000;

    /// <summary>A project's content (主要内容及年度目标) may be a page long.</summary>
    public const int MaxContent = 20_000;

    /// <summary>Items in one array (reports of a large city's year stay far below).</summary>
    public const int MaxItems = 100_000;

    // The same lengths as the columns that store them (Data/Configurations.cs), so that no document the
    // limits let through fails on PostgreSQL's varchar where SQLite would have stored it.
    private static readonly Dictionary<string, int> NameLimits = new(StringComparer.Ordinal)
    {
        ["code"] = 50, ["unit"] = 50, ["kind"] = 20, ["direction"] = 10, ["curve"] = 20, ["format"] = 100,
        ["period"] = 20, ["indicator"] = 50, ["project"] = 50, ["category"] = 50,
        ["region"] = 100, ["district"] = 100, ["districts"] = 100,
        ["name"] = 200, ["lead"] = 200, ["units"] = 200, ["title"] = 300, ["address"] = 300,
    };

    private static int LimitOf(string? field) =>
        field is null ? MaxText : NameLimits.TryGetValue(field, out var limit) ? limit : field == "content" ? MaxContent : MaxText;

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
                else if (text.Length > LimitOf(field)) errors.Add(new DocumentError(path, $"is longer than {LimitOf(field)} characters ({text.Length})"));
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
