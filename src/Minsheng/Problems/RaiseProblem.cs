using Minsheng.Shared;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;

namespace Minsheng.Problems;

/// <summary>What came of raising a problem: stored, refused with errors by field, or not the unit's project.</summary>
public sealed record RaiseOutcome(StoredProblem? Stored = null, Dictionary<string, string[]>? Errors = null, string? NotTheirs = null);

/// <summary>Raising a problem on a project: the office on any, a unit on the projects it leads. The API and the project page share it.</summary>
public static class RaiseProblem
{
    public static async Task<RaiseOutcome> RaiseAsync(
        MinshengDb db, int planId, string? projectCode, RaiseProblemRequest request, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        var found = projectCode is null
            ? null
            : await db.Projects.Where(p => p.PlanId == planId && p.Code == projectCode)
                .Select(p => new { p.Id, Lead = p.LeadUnit == null ? null : p.LeadUnit.Name }).FirstOrDefaultAsync(cancellationToken);
        if (found is not null && !user.WorksOn(found.Lead))
        {
            return new RaiseOutcome(NotTheirs: ProblemText.Get("NotTheirProject", user.Unit(), projectCode));
        }
        if (found is null) errors.Add("project", projectCode is null ? ProblemText.Get("Missing") : ProblemText.Get("UnknownProject", projectCode));
        if (request.Type is not { } type || !Enum.IsDefined(type)) errors.Add("type", ProblemText.Get("TypeMissing"));
        if (string.IsNullOrWhiteSpace(request.Description)) errors.Add("description", ProblemText.Get("Missing"));
        if (TextLimits.Refusal(request.Description, TextLimits.Note) is { } longDescription) errors.Add("description", longDescription);
        if (TextLimits.Refusal(request.Measures, TextLimits.Note) is { } longMeasures) errors.Add("measures", longMeasures);
        if (TextLimits.Refusal(request.Owner, TextLimits.Owner) is { } longOwner) errors.Add("owner", longOwner);
        if (errors.Any) return new RaiseOutcome(Errors: errors.ToDictionary());

        var stored = new StoredProblem
        {
            ProjectId = found!.Id,
            Type = request.Type!.Value,
            Description = request.Description!.Trim(),
            Measures = Trimmed(request.Measures),
            Owner = Trimmed(request.Owner),
            Deadline = request.Deadline,
            Status = ProblemStatus.Open,
            RaisedAt = now,
        };
        db.Problems.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new RaiseOutcome(stored);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
