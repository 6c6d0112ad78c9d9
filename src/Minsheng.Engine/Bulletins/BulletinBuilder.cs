using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>Writes the 督查通报 of a plan at a month from the engine's summary, in the order and words of a template.</summary>
public static class BulletinBuilder
{
    /// <summary>
    /// The bulletin. Records are the office's problems and 督办 at the month; none when the source holds
    /// none at all (a plan document), which the bulletin says rather than claiming there are none.
    /// </summary>
    public static Bulletin Build(Plan plan, Summary summary, OfficeRecords? records = null, DocumentTemplate? template = null)
    {
        var facts = new PlanFacts(plan, summary, records ?? OfficeRecords.None, template ?? DocumentTemplate.Default);
        var words = facts.Template.Bulletin;
        var sections = new List<BulletinSection>();
        var numbered = 0;
        foreach (var section in words.Sections)
        {
            var paragraphs = section.Kind switch
            {
                SectionKind.Overall => [OverallParagraph.Write(facts)],
                SectionKind.Categories => CategoryParagraphs.Write(facts),
                SectionKind.Problems => ProblemParagraphs.Write(facts),
                SectionKind.Supervision => SupervisionParagraphs.Write(facts),
                SectionKind.Reporting => ReportingParagraphs.Write(facts),
                _ => words.Requirements.Select(text => new BulletinParagraph(null, facts.Fill(text))).ToList(),
            };
            var heading = section.Heading is { Length: > 0 } h ? $"{ChineseFigures.Numeral(++numbered)}、{facts.Fill(h)}" : null;
            sections.Add(new BulletinSection(heading, paragraphs));
        }
        var header = words.Header ?? HeaderWords.Default;
        var issued = (records ?? OfficeRecords.None).IssuedOn ?? summary.AsOf;
        return new Bulletin(
            facts.Fill(words.Title),
            facts.Fill(words.Number, ("sequence", Sequence(plan, facts.Period, header).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            facts.Fill(words.Preface),
            sections,
            facts.Fill(words.AttachmentNote),
            Attachment(facts),
            facts.Fill(header.Mark),
            facts.Fill(header.Signature),
            header.Date == DateStyle.Chinese ? ChineseFigures.ChineseDate(issued) : ChineseFigures.Date(issued));
    }

    /// <summary>
    /// The bulletin's place in the year's series: one bulletin per month with figures, so the months with
    /// reported rows up to this one, counted from the figures themselves (the same for a stored plan and its document).
    /// </summary>
    public static int Sequence(Plan plan, Period period, HeaderWords header)
    {
        var months = plan.IndicatorReports.Select(r => r.Period).Concat(plan.ProjectReports.Select(r => r.Period))
            .Where(p => p.Year == period.Year && p.Month <= period.Month).Distinct().Count();
        return header.FirstSequence - 1 + Math.Max(months, 1);
    }

    private static AttachmentTable Attachment(PlanFacts facts)
    {
        var rows = new List<AttachmentRow>();
        foreach (var project in facts.Summary.Projects.Where(p => p.Status == Status.Behind))
        {
            var problems = facts.ProblemsOf(project.Code).ToList();
            var problemText = string.Join("；", problems.Select(p => p.Description));
            var measures = string.Join("；", problems.Select(p => p.Measures).Where(m => !string.IsNullOrWhiteSpace(m)));
            foreach (var indicator in project.Indicators.Where(i => i.Status == Status.Behind))
            {
                rows.Add(new AttachmentRow(
                    rows.Count + 1,
                    project.Name,
                    project.Lead,
                    indicator.Name,
                    facts.Amount(indicator.Code, indicator.Target),
                    facts.Node(indicator.Code, indicator.Node),
                    facts.Reporting?.CarriesForward(project.Lead) == true
                        ? $"{facts.Amount(indicator.Code, indicator.Actual)}（{(facts.Template.Bulletin.Reporting ?? ReportingWords.Default).CarriedForward}）"
                        : facts.Amount(indicator.Code, indicator.Actual),
                    indicator.Shortfall is { } s ? ChineseFigures.PointsOf(s) : "—",
                    problemText,
                    measures,
                    indicator,
                    facts.Indicator(indicator.Code)));
            }
        }
        var words = facts.Template.Attachment;
        return new AttachmentTable(facts.Fill(words.Title), words.Columns, rows, facts.Fill(words.None));
    }
}
