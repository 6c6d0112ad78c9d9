using System.Security.Cryptography;
using System.Text;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Progress;
using Minsheng.Shared;
using static Minsheng.Shared.CsvCell;

namespace Minsheng.Public;

/// <summary>The programme with its published figures, as a plan document and as CSV, for anyone to download.</summary>
public static class OpenData
{
    /// <summary>The plan document with its published figures, without the units' notes to their reviewers, which are internal.</summary>
    public static byte[] PlanDocumentBytes(PublishedPlan published)
    {
        var plan = published.Plan.WithLatestReportsOnly();
        plan = plan with
        {
            IndicatorReports = plan.IndicatorReports.Select(r => r with { Note = null }).ToList(),
            ProjectReports = plan.ProjectReports.Select(r => r with { Note = null }).ToList(),
        };
        return Encoding.UTF8.GetBytes(PlanDocument.Write(plan));
    }

    private const string Columns = "period,category_code,category,project_code,project,lead_unit,project_status,project_light,project_progress,indicator_code,indicator,unit,target,actual,rate,node,status,light,completed_in";

    private static readonly ResourceText ChineseText = new("OpenDataText");

    /// <summary>
    /// One row per indicator at the latest published month; UTF-8 with a byte-order mark so that Excel reads the Chinese.
    /// In English for machines by default; with <paramref name="chinese"/> the headers and the names of statuses and
    /// lights are Chinese (Resources/OpenDataText.resx) for people, the figures the same.
    /// </summary>
    public static byte[] Csv(PublishedPlan published, bool chinese = false)
    {
        var text = new StringBuilder();
        text.AppendLine(chinese ? string.Join(',', Columns.Split(',').Select(c => ChineseText.Get("Column_" + c))) : Columns);
        string StatusName(Status status) => chinese ? ChineseText.Get("Status_" + status) : Camel(status);
        string LightName(Light light) => chinese ? ChineseText.Get("Light_" + light) : light.ToString().ToLowerInvariant();
        var categories = published.Summary.Categories.ToDictionary(c => c.Code, c => c.Name);
        var planned = published.Plan.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var project in published.Summary.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                // Figures as offices write them: at the indicator's precision, the node to the side that meets it.
                var written = planned[indicator.Code];
                // Text columns are neutralised against formulas; figures are numbers, a negative one included.
                string[] cells =
                [
                    Text(published.Summary.Period?.ToString()), Text(project.Category), Text(categories[project.Category]), Text(project.Code), Text(project.Name),
                    Text(project.Lead), Text(StatusName(project.Status)), Text(LightName(project.Light)), Number(project.Progress),
                    Text(indicator.Code), Text(indicator.Name), Text(indicator.Unit), Number(WrittenFigures.Value(written, indicator.Target)),
                    Number(WrittenFigures.Value(written, indicator.Actual)), Number(indicator.Rate), Number(WrittenFigures.Node(written, indicator.Node)),
                    Text(StatusName(indicator.Status)), Text(LightName(indicator.Light)), Text(indicator.CompletedIn?.ToString()),
                ];
                text.AppendLine(string.Join(',', cells));
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The 400's message for a lang= other than zh.</summary>
    public static string UnknownLanguage(string lang) => ChineseText.Get("UnknownLanguage", lang);

    /// <summary>A strong ETag from the content itself, so that equal content always has the same tag.</summary>
    public static string ETag(byte[] content) => "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..32] + "\"";

    private static string Camel(Status status) => status.ToString() switch { var s => char.ToLowerInvariant(s[0]) + s[1..] };
}
