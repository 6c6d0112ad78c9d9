using Minsheng.Data;

namespace Minsheng.Reporting;

/// <summary>The Chinese names of the chain's states and steps (Resources/ReportErrors.resx).</summary>
public static class StateNames
{
    public static string Of(SubmissionState state) => ReportErrors.Get($"State{state}");

    public static string Of(SubmissionAction action) => ReportErrors.Get($"Action{action}");
}
