using System.Globalization;
using System.Resources;

namespace Minsheng.Reporting;

/// <summary>What is wrong with submitted figures, in the users' language (Resources/ReportErrors.resx).</summary>
internal static class ReportErrors
{
    private static readonly ResourceManager Resources = new("Minsheng.Resources.ReportErrors", typeof(ReportErrors).Assembly);

    public static string Get(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key, values);
}
