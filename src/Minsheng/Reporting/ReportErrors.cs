using Minsheng.Shared;

namespace Minsheng.Reporting;

/// <summary>What is wrong with submitted figures, in the users' language (Resources/ReportErrors.resx).</summary>
internal static class ReportErrors
{
    private static readonly ResourceText Text = new("ReportErrors");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
