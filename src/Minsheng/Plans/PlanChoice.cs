using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Plans;

/// <summary>A stored plan as the pages offer it to choose from.</summary>
public sealed record PlanChoice(int Id, int Year, string Title)
{
    /// <summary>The stored plans, newest year first, and the one asked for or else the newest; null when there is none.</summary>
    public static async Task<(PlanChoice? Chosen, List<PlanChoice> All)> ChooseAsync(MinshengDb db, int? wanted, CancellationToken cancellationToken)
    {
        var all = await db.Plans.OrderByDescending(p => p.Year).ThenBy(p => p.Region)
            .Select(p => new PlanChoice(p.Id, p.Year, p.Title)).ToListAsync(cancellationToken);
        return (all.FirstOrDefault(p => p.Id == wanted) ?? all.FirstOrDefault(), all);
    }
}
