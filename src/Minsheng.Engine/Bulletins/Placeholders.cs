namespace Minsheng.Engine.Bulletins;

/// <summary>Fills a template's {name} placeholders; an unknown name stays as written, so a typo shows in the output.</summary>
internal static class Placeholders
{
    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        if (!text.Contains('{')) return text;
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value);
        return text;
    }
}
