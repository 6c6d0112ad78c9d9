using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Minsheng.Data;

namespace Minsheng.Public;

/// <summary>An A4 poster with a project's (or a site's) 民生码, to print and put up at the site.</summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class PosterModel(MinshengDb db, IConfiguration configuration) : PageModel
{
    public PublicProject Project { get; private set; } = null!;

    public PublicSite? ChosenSite { get; private set; }

    public string Svg { get; private set; } = "";

    public string CodeUrl { get; private set; } = "";

    [BindProperty(SupportsGet = true)]
    public int? Site { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (await PublicProjects.LoadAsync(db, id, code, cancellationToken) is not { } project) return NotFound();
        Project = project;
        ChosenSite = project.Sites.FirstOrDefault(s => s.Id == Site);
        CodeUrl = QrCodes.PublicUrl(Request, configuration, ChosenSite is { } site ? QrCodes.SitePath(id, code, site.Id) : QrCodes.ProjectPath(id, code));
        Svg = QrCodes.Svg(CodeUrl);
        return Page();
    }
}
