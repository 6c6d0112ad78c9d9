using Minsheng.Shared;

namespace Minsheng.Api;

/// <summary>The JSON API's problem titles and messages in the users' language (Resources/ApiText.resx).</summary>
internal static class ApiText
{
    private static readonly ResourceText Text = new("ApiText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
