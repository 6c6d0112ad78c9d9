using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Public;
using Minsheng.Reporting;

namespace Minsheng.Plans;

/// <summary>WholeNumbers: true when a figure must be a whole number (户, 所), false when it may carry decimals.</summary>
public sealed record ChangeIndicatorRequest(bool? WholeNumbers = null);

public sealed record ChangedIndicatorResponse(string Code, string? Unit, bool WholeNumbers);

/// <summary>What came of a change: the indicator as it now is, refused with errors by field, or no such plan or indicator.</summary>
public sealed record ChangeOutcome(ChangedIndicatorResponse? Changed = null, Dictionary<string, string[]>? Errors = null);

/// <summary>
/// The office says whether an indicator counts whole things, which the unit set on import. Whole
/// numbers are refused while the indicator's own target or figures carry decimals, and a milestone's
/// stages are always whole.
/// </summary>
public static class ChangeIndicator
{
    public static async Task<Results<Ok<ChangedIndicatorResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        int id, string code, ChangeIndicatorRequest request, MinshengDb db, IOutputCacheStore cache, CancellationToken cancellationToken) =>
        await ChangeAsync(db, cache, id, code, request, cancellationToken) switch
        {
            { Changed: { } changed } => TypedResults.Ok(changed),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors, title: ApiText.Get("IndicatorNotChanged")),
            _ => ApiProblems.NotFound(ApiText.Get("NoIndicator", id, code)),
        };

    /// <summary>Checks and saves the change; the API and the project page share it.</summary>
    public static async Task<ChangeOutcome> ChangeAsync(MinshengDb db, IOutputCacheStore cache, int id, string code, ChangeIndicatorRequest request, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.Where(i => i.PlanId == id && i.Code == code)
            .Select(i => new { i.Id, i.Code, i.Kind, i.Unit, i.Target, i.WholeNumbers }).FirstOrDefaultAsync(cancellationToken);
        if (indicator is null) return new ChangeOutcome();
        if (request.WholeNumbers is not { } whole) return Refused(ReportErrors.Get("Missing"));
        if (indicator.Kind == IndicatorKind.Milestone && !whole) return Refused(ReportErrors.Get("StagesAreWhole"));
        if (whole && !indicator.WholeNumbers)
        {
            var figures = await db.IndicatorReports.Where(r => r.IndicatorId == indicator.Id).OrderBy(r => r.Id)
                .Select(r => new { r.Year, r.Month, r.Actual }).ToListAsync(cancellationToken);
            var targets = await db.DistrictTargets.Where(t => t.IndicatorId == indicator.Id).Select(t => t.Target).ToListAsync(cancellationToken);
            if (!IsWhole(indicator.Target) || targets.Any(t => !IsWhole(t))) return Refused(ReportErrors.Get("TargetNotWhole", Numbers.Normalize(indicator.Target)));
            if (figures.FirstOrDefault(f => !IsWhole(f.Actual)) is { } fraction)
            {
                return Refused(ReportErrors.Get("FiguresNotWhole", new Period(fraction.Year, fraction.Month), Numbers.Normalize(fraction.Actual)));
            }
        }
        if (whole != indicator.WholeNumbers)
        {
            await db.Indicators.Where(i => i.Id == indicator.Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.WholeNumbers, whole), cancellationToken);
            // The public pages write figures at the indicator's precision.
            await PublicCache.EvictAsync(cache, cancellationToken);
        }
        return new ChangeOutcome(new ChangedIndicatorResponse(indicator.Code, indicator.Unit, whole));
    }

    private static ChangeOutcome Refused(string message) => new(Errors: new Dictionary<string, string[]> { ["wholeNumbers"] = [message] });

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);
}
