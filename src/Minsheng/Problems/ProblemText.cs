using System.Globalization;
using System.Resources;

namespace Minsheng.Problems;

/// <summary>Problems' and supervision's messages in the users' language (Resources/ProblemText.resx).</summary>
internal static class ProblemText
{
    private static readonly ResourceManager Resources = new("Minsheng.Resources.ProblemText", typeof(ProblemText).Assembly);

    public static string Get(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key, values);
}
