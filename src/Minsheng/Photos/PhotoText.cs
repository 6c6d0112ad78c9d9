using Minsheng.Shared;

namespace Minsheng.Photos;

/// <summary>Photos' messages in the users' language (Resources/PhotoText.resx).</summary>
internal static class PhotoText
{
    private static readonly ResourceText Text = new("PhotoText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
