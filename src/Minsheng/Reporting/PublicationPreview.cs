using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Reporting;

/// <summary>A lead unit whose month is still on its way through the chain.</summary>
public sealed record PendingUnit(string Unit, string State, string StateName);

/// <summary>
/// What publishing a month would publish (the units whose month is verified) and what is missing: lead units
/// that have not reported at all and those whose month is not verified yet. Their figures would count as
/// carried forward from an earlier month, so publishing with gaps needs a confirmation and a reason.
/// </summary>
public sealed record PublicationPreview(Period Period, List<string> ToPublish, List<string> NotReported, List<PendingUnit> NotVerified)
{
    public bool HasGaps => NotReported.Count + NotVerified.Count > 0;

    public static async Task<PublicationPreview> OfMonthAsync(MinshengDb db, int planId, Period period, CancellationToken cancellationToken)
    {
        var units = await Missing.LeadUnitsAsync(db, planId, cancellationToken);
        var submissions = await db.Submissions.AsNoTracking().Where(s => s.PlanId == planId && s.Year == period.Year && s.Month == period.Month)
            .OrderBy(s => s.Id).Select(s => new { s.Unit, s.State }).ToListAsync(cancellationToken);
        var toPublish = submissions.Where(s => s.State == SubmissionState.Verified).Select(s => s.Unit ?? "").Distinct().ToList();
        var notReported = units.Select(u => u.Unit).Where(u => !submissions.Any(s => s.Unit == u)).ToList();
        var notVerified = new List<PendingUnit>();
        foreach (var (unit, _) in units)
        {
            var own = submissions.Where(s => s.Unit == unit).ToList();
            // A unit with a published version stands by it while a correction is on its way.
            if (own.Count == 0 || own.Any(s => s.State is SubmissionState.Verified or SubmissionState.Published)) continue;
            notVerified.Add(new PendingUnit(unit, own[^1].State.ToString(), StateNames.Of(own[^1].State)));
        }
        return new PublicationPreview(period, toPublish, notReported, notVerified);
    }

    /// <summary>The gaps in words, for the refusal and the record: 未报送：A、B；未审核完成：C（已退回）.</summary>
    public string GapsText() => string.Join("；", new[]
    {
        NotReported.Count > 0 ? ReportErrors.Get("GapsNotReported", string.Join("、", NotReported)) : null,
        NotVerified.Count > 0 ? ReportErrors.Get("GapsNotVerified", string.Join("、", NotVerified.Select(p => $"{p.Unit}（{p.StateName}）"))) : null,
    }.OfType<string>());
}
