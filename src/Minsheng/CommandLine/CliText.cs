using System.Globalization;
using System.Resources;

namespace Minsheng.CommandLine;

/// <summary>The command line's words, from Resources/CliText.resx (Simplified Chinese is the neutral language).</summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("Minsheng.Resources.CliText", typeof(CliText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object?[] values) => string.Format(CultureInfo.InvariantCulture, Get(key), values);
}
