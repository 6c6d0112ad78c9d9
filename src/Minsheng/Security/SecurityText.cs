using Minsheng.Shared;

namespace Minsheng.Security;

/// <summary>Refusals of cross-site requests in the users' language (Resources/SecurityText.resx).</summary>
internal static class SecurityText
{
    private static readonly ResourceText Text = new("SecurityText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
