using Minsheng.Shared;

namespace Minsheng.Uploads;

/// <summary>Messages about uploaded files in the users' language (Resources/UploadText.resx).</summary>
internal static class UploadText
{
    private static readonly ResourceText Text = new("UploadText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
