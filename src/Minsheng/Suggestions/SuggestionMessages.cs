using Minsheng.Shared;

namespace Minsheng.Suggestions;

/// <summary>The suggestions' messages in the users' language (Resources/SuggestionMessages.resx).</summary>
internal static class SuggestionMessages
{
    private static readonly ResourceText Text = new("SuggestionMessages");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
