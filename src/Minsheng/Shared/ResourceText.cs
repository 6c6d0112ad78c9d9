using System.Globalization;
using System.Resources;

namespace Minsheng.Shared;

/// <summary>Messages of one resource file (Resources/NAME.resx) in the users' language, formatted with their values.</summary>
public sealed class ResourceText(string name)
{
    private readonly ResourceManager _resources = new($"Minsheng.Resources.{name}", typeof(ResourceText).Assembly);

    /// <summary>The text of a key, or null when the file has none.</summary>
    public string? Find(string key) => _resources.GetString(key, CultureInfo.CurrentUICulture);

    /// <summary>The text of a key with its values; months and days read as offices write them (2024年10月, 2024年10月3日), never 2024-10.</summary>
    public string Get(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Find(key) ?? key, values.Select(Written).ToArray());

    private static object? Written(object? value) => value switch
    {
        Engine.Model.Period month => ChineseFormat.Month(month),
        DateOnly day => ChineseFormat.Day(day),
        _ => value,
    };
}
