using System.Text.Json;

namespace Minsheng.Engine.Documents;

/// <summary>Reads typed fields out of JSON objects, recording an error with its path for each bad one.</summary>
internal sealed class JsonFields
{
    public List<DocumentError> Errors { get; } = [];

    public void Error(string path, string message) => Errors.Add(new DocumentError(path, message));

    public bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object) return true;
        Error(path, $"must be an object, not {Describe(element)}");
        return false;
    }

    public string? String(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error($"{path}.{name}", "is missing");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Error($"{path}.{name}", $"must be a string, not {Describe(value)}");
            return null;
        }
        var text = value.GetString()!.Trim();
        if (required && text.Length == 0)
        {
            Error($"{path}.{name}", "must not be empty");
            return null;
        }
        return text.Length == 0 ? null : text;
    }

    public decimal? Number(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error($"{path}.{name}", "is missing");
            return null;
        }
        return Number(value, $"{path}.{name}");
    }

    /// <summary>A non-negative number: every figure of a plan (targets, actuals, money) is.</summary>
    public decimal? Number(JsonElement value, string path) => Number(value, path, allowNegative: false);

    /// <summary>A number that may be negative, such as a coordinate.</summary>
    public decimal? SignedNumber(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Error($"{path}.{name}", "is missing");
            return null;
        }
        return Number(value, $"{path}.{name}", allowNegative: true);
    }

    private decimal? Number(JsonElement value, string path, bool allowNegative)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            Error(path, $"must be a number, not {Describe(value)}");
            return null;
        }
        if (!value.TryGetDecimal(out var number))
        {
            Error(path, $"{value.GetRawText()} is out of range");
            return null;
        }
        if (number < 0 && !allowNegative)
        {
            Error(path, $"must not be negative ({value.GetRawText()})");
            return null;
        }
        if (Math.Abs(number) > Numbers.Largest)
        {
            Error(path, $"{value.GetRawText()} is larger than {Numbers.Largest:0}");
            return null;
        }
        return number;
    }

    public int? Integer(JsonElement obj, string name, string path, bool required)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Error($"{path}.{name}", "is missing");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Error($"{path}.{name}", $"must be a whole number, not {Describe(value)}");
            return null;
        }
        return number;
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string name, string path) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Items(value, $"{path}.{name}") : [];

    /// <summary>The items of an array, each with its path; an error when the value is not an array.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Items(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, $"must be an array, not {Describe(value)}");
            yield break;
        }
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            yield return (item, $"{path}[{index++}]");
        }
    }

    public List<string> Strings(JsonElement obj, string name, string path)
    {
        var strings = new List<string>();
        foreach (var (item, itemPath) in Array(obj, name, path))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString()!.Trim() is { Length: > 0 } text) strings.Add(text);
            else Error(itemPath, $"must be a non-empty string, not {Describe(item)}");
        }
        return strings;
    }

    public IEnumerable<(string Key, JsonElement Value, string Path)> Map(JsonElement obj, string name, string path)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) yield break;
        if (value.ValueKind != JsonValueKind.Object)
        {
            Error($"{path}.{name}", $"must be an object, not {Describe(value)}");
            yield break;
        }
        foreach (var property in value.EnumerateObject())
        {
            yield return (property.Name, property.Value, $"{path}.{name}[\"{property.Name}\"]");
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
