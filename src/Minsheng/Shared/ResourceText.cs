using System.Globalization;
using System.Resources;

namespace Minsheng.Shared;

/// <summary>Messages of one resource file (Resources/NAME.resx) in the users' language, formatted with their values.</summary>
public sealed class ResourceText(string name)
{
    private readonly ResourceManager _resources = new($"Minsheng.Resources.{name}", typeof(ResourceText).Assembly);

    /// <summary>The text of a key, or null when the file has none.</summary>
    public string? Find(string key) => _resources.GetString(key, CultureInfo.CurrentUICulture);

    public string Get(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Find(key) ?? key, values);
}
