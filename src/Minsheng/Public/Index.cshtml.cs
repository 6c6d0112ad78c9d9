using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Minsheng.Data;

namespace Minsheng.Public;

/// <summary>The year's programme for residents: overall progress, categories, every project with its key figures.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class IndexModel(MinshengDb db) : PageModel
{
    public PublicProgramme Programme { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (await PublishedPlan.LoadAsync(db, id, cancellationToken) is not { } published) return NotFound();
        Programme = published.ToProgramme();
        Response.Headers.CacheControl = PublicCache.PageCacheControl;
        return Page();
    }
}
