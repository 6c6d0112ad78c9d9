using Minsheng.Shared;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Plans;

namespace Minsheng.Problems;

/// <summary>
/// 督办 kept as records: when a month is published, the plan's escalation rules put lagging
/// projects under supervision or raise their level; the office closes (销号) each with a note.
/// </summary>
public static class Supervision
{
    /// <summary>Who raises an escalation: the plan's rules, not a person.</summary>
    public const string Rules = "督办规则";

    /// <summary>Applies the rules to the published figures of the latest published month.</summary>
    public static async Task RaiseAsync(MinshengDb db, int planId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = (await PlanLoader.LoadAsync(db, planId, cancellationToken))!;
        await RaiseAsync(db, planId, plan, AsOfDate.LatestReported(plan), now, cancellationToken);
    }

    public static async Task RaiseAsync(MinshengDb db, int planId, Plan plan, DateOnly asOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var month = ReportingMonth.Of(asOf, plan.Year);
        var projectIds = await db.Projects.Where(p => p.PlanId == planId).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        var open = await db.Escalations.Include(e => e.Events).Where(e => e.PlanId == planId && e.Status == EscalationStatus.Open)
            .ToDictionaryAsync(e => e.ProjectId, cancellationToken);
        foreach (var escalation in Escalation.Evaluate(plan, asOf))
        {
            var projectId = projectIds[escalation.Project];
            if (open.TryGetValue(projectId, out var existing))
            {
                if (escalation.Level <= existing.Level) continue;
                existing.Level = escalation.Level;
                existing.Events.Add(Step(EscalationAction.Escalated, escalation.Level, month, now, Rules, RuleText(escalation.Rule)));
                continue;
            }
            db.Escalations.Add(new StoredEscalation
            {
                PlanId = planId, ProjectId = projectId, Level = escalation.Level, Year = plan.Year, Month = month, Status = EscalationStatus.Open, RaisedAt = now,
                Events = [Step(EscalationAction.Raised, escalation.Level, month, now, Rules, RuleText(escalation.Rule))],
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>销号: the office closes an open escalation, saying how it was resolved; null when done, else why not.</summary>
    public static async Task<string?> CloseAsync(MinshengDb db, int planId, long id, string? note, string? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(note)) return ProblemText.Get("ClosingNeedsNote");
        if (TextLimits.Refusal(note, TextLimits.Note) is { } tooLong) return tooLong;
        var escalation = await db.Escalations.Include(e => e.Events).FirstOrDefaultAsync(e => e.Id == id && e.PlanId == planId, cancellationToken);
        if (escalation is null) return ProblemText.Get("NoSuchEscalation", id);
        if (escalation.Status == EscalationStatus.Closed) return ProblemText.Get("AlreadyClosed");
        escalation.Status = EscalationStatus.Closed;
        escalation.ClosedAt = now;
        escalation.Events.Add(Step(EscalationAction.Closed, escalation.Level, escalation.Events.Max(e => e.Month), now, by, note.Trim()));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The rule in words: 连续2个月黄灯 → 一级督办.</summary>
    public static string RuleText(EscalationRule rule) => ProblemText.Get("Rule", rule.Months, ProblemText.Get("Light" + rule.Light), rule.Level);

    private static StoredEscalationEvent Step(EscalationAction action, int level, int month, DateTimeOffset at, string? by, string? note) =>
        new() { Action = action, Level = level, Month = month, At = at, By = by, Note = note };
}
