using Minsheng.Shared;

namespace Minsheng.Problems;

/// <summary>Problems' and supervision's messages in the users' language (Resources/ProblemText.resx).</summary>
internal static class ProblemText
{
    private static readonly ResourceText Text = new("ProblemText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
