using System.Globalization;
using System.Text;

namespace Minsheng.Engine.Bulletins;

/// <summary>报送情况: how many lead units reported on time, which reported late, which did not (their figures carried forward).</summary>
internal static class ReportingParagraphs
{
    public static IReadOnlyList<BulletinParagraph> Write(PlanFacts facts)
    {
        var words = facts.Template.Bulletin.Reporting ?? ReportingWords.Default;
        if (facts.Reporting is not { } reporting) return [new BulletinParagraph(null, facts.Fill(words.Unavailable))];
        var onTime = reporting.Units - reporting.NotReported.Count - reporting.Late.Count;
        var text = new StringBuilder(facts.Fill(words.Lead, ("units", Count(reporting.Units)), ("onTime", Count(onTime))));
        if (reporting.Late.Count > 0) text.Append(facts.Fill(words.Late, ("count", Count(reporting.Late.Count)), ("names", string.Join("、", reporting.Late))));
        if (reporting.NotReported.Count > 0) text.Append(facts.Fill(words.NotReported, ("count", Count(reporting.NotReported.Count)), ("names", string.Join("、", reporting.NotReported))));
        if (reporting.Late.Count + reporting.NotReported.Count == 0) text.Append(facts.Fill(words.AllOnTime));
        return [new BulletinParagraph(null, text.ToString())];
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
