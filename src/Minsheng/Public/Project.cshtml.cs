using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Minsheng.Data;

namespace Minsheng.Public;

/// <summary>A project's public page, where its 民生码 leads: published figures, sites, ratings and answered feedback.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class ProjectModel(MinshengDb db) : PageModel
{
    public PublicProject Project { get; private set; } = null!;

    /// <summary>The site whose code was scanned, if any.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Site { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (await PublicProjects.LoadAsync(db, id, code, cancellationToken) is not { } project) return NotFound();
        Project = project;
        Response.Headers.CacheControl = PublicCache.PageCacheControl;
        return Page();
    }
}
