using Minsheng.Engine.Model;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// What the office's own records add to the figures of a month: the problems open then and the projects
/// under supervision (督办) then, and who reported the month. A null part means the source holds none at all (a plan document), which
/// the documents say rather than claiming there are none. IssuedOn is the day the month was published, the
/// bulletin's 成文日期 (without it, the as-of date).
/// </summary>
public sealed record OfficeRecords(IReadOnlyList<OpenProblem>? Problems, IReadOnlyList<SupervisedProject>? Supervised = null, MonthReporting? Reporting = null, DateOnly? IssuedOn = null)
{
    public static readonly OfficeRecords None = new(Problems: null);
}

/// <summary>
/// A project under supervision at the month, as the stored 督办 record stood then: its level, the month the
/// rules first raised it, the month of the figures that brought it to its level, and whether it was still open.
/// </summary>
public sealed record SupervisedProject(string Project, int Level, Period Since, Period LevelSince, bool Open);

/// <summary>
/// Who reported a published month, as it stood: of the lead units, those whose month was not published
/// with it (their figures carried forward from an earlier month: 未报送，沿用上月数据) and those that reported
/// after the deadline.
/// </summary>
public sealed record MonthReporting(int Units, IReadOnlyList<string> NotReported, IReadOnlyList<string> Late)
{
    public bool CarriesForward(string? unit) => unit is not null && NotReported.Contains(unit, StringComparer.Ordinal);
}
