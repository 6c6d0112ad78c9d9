using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Public;

/// <summary>
/// The sites on a map, coloured by their project's status, filtered by category and district, with the
/// nearest to the visitor, clustered. The tile source is a setting (Portal:TileUrl); without one the map draws the
/// district outlines the office uploaded or, by default, the real district boundaries of the plan's city
/// (<see cref="DistrictBoundaries"/>), so that it works on an intranet.
/// </summary>
[OutputCache(PolicyName = PublicCache.Policy)]
public sealed class MapModel(MinshengDb db, IConfiguration configuration) : PageModel
{
    public PublicProgramme Programme { get; private set; } = null!;

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public string? TileUrl { get; private set; }

    public string? TileAttribution { get; private set; }

    public bool HasOutlines { get; private set; }

    /// <summary>The default boundaries, when neither tiles nor uploaded outlines override them and the package has the plan's city.</summary>
    public bool HasDistricts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await PublishedPlan.LoadAsync(db, id, cancellationToken) is not { } published) return NotFound();
        Programme = published.ToProgramme();
        Districts = published.Sites.Select(s => s.District).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        TileUrl = configuration["Portal:TileUrl"] is { Length: > 0 } url ? url : null;
        TileAttribution = configuration["Portal:TileAttribution"];
        HasOutlines = await db.MapOutlines.AnyAsync(o => o.PlanId == id, cancellationToken);
        HasDistricts = TileUrl is null && !HasOutlines && DistrictBoundaries.CityOf(published.Plan.Region) is not null;
        Response.Headers.CacheControl = PublicCache.PageCacheControl;
        return Page();
    }
}
