using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Public;
using Minsheng.Uploads;

namespace Minsheng.Sites;

/// <summary>The office sets each project's sites (点位) and uploads the district outlines of the offline map.</summary>
[RequestSizeLimit(OfficeArchive.MaxBytes * 2)]
[RequestFormLimits(MultipartBodyLengthLimit = OfficeArchive.MaxBytes * 2)]
[HeavyUpload]
public sealed class IndexModel(MinshengDb db, IOutputCacheStore cache, TimeProvider clock, IStringLocalizer<PublicText> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Plan { get; set; }

    [BindProperty] public SiteForm Add { get; set; } = new();

    public int PlanId { get; private set; }
    public string PlanTitle { get; private set; } = "";
    public IReadOnlyList<(string Code, string Name)> Projects { get; private set; } = [];
    public IReadOnlyList<SiteResponse> Sites { get; private set; } = [];
    public bool HasOutlines { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public IReadOnlyList<string> SheetErrors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var request = new SiteRequest(Add.Project, Add.Name, Add.District, Add.Address, Add.Latitude, Add.Longitude);
        var projectId = await db.Projects.Where(p => p.PlanId == PlanId && p.Code == Add.Project).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        // The API's messages name the rule in English; the page says it in Chinese, field by field.
        Errors = SiteMapping.Validate(request).Keys.Append(projectId is null ? "project" : null).OfType<string>().Distinct()
            .ToDictionary(field => field, field => new[] { text["SiteError_" + field].Value });
        if (Errors.Count > 0) return Page();

        var site = new StoredSite { PlanId = PlanId, Name = "", Position = await db.Sites.CountAsync(s => s.ProjectId == projectId, cancellationToken) };
        request.CopyTo(site, projectId!.Value);
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return RedirectToPage(new { plan = PlanId });
    }

    /// <summary>Sites from a workbook, all or nothing; a row naming a site the project already has updates it, so a second upload changes nothing.</summary>
    public async Task<IActionResult> OnPostSheetAsync(IFormFile? sheet, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (sheet is null || sheet.Length == 0)
        {
            SheetErrors = [text["SheetMissing"]];
            return Page();
        }
        var projects = await db.Projects.Where(p => p.PlanId == PlanId).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        var fileName = Path.GetFileName(sheet.FileName);
        if (sheet.Length > OfficeArchive.MaxBytes)
        {
            SheetErrors = [UploadText.Get("ArchiveTooLarge", fileName, OfficeArchive.MaxBytes / 1024 / 1024)];
            return Page();
        }
        await using var stream = sheet.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var (rows, errors) = SiteSheet.Read(fileName, buffer.ToArray(), projects.Keys.ToHashSet());
        if (errors.Count > 0)
        {
            SheetErrors = errors;
            return Page();
        }
        var existing = await db.Sites.Where(s => s.PlanId == PlanId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var projectId = projects[row.Project!];
            var site = existing.FirstOrDefault(s => s.ProjectId == projectId && s.Name == row.Name!.Trim());
            if (site is null)
            {
                site = new StoredSite { PlanId = PlanId, Name = "", Position = existing.Count(s => s.ProjectId == projectId) };
                existing.Add(site);
                db.Sites.Add(site);
            }
            row.CopyTo(site, projectId);
        }
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return RedirectToPage(new { plan = PlanId });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int siteId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        await db.Sites.Where(s => s.Id == siteId && s.PlanId == PlanId).ExecuteDeleteAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return RedirectToPage(new { plan = PlanId });
    }

    public async Task<IActionResult> OnPostOutlinesAsync(IFormFile? outlines, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (outlines is null || outlines.Length == 0 || outlines.Length > SitesApi.MaxOutlineBytes)
        {
            Errors["outlines"] = [text["OutlinesMissing"]];
            return Page();
        }
        using var reader = new StreamReader(outlines.OpenReadStream());
        var json = await reader.ReadToEndAsync(cancellationToken);
        if (SitesApi.OutlineError(System.Text.Encoding.UTF8.GetBytes(json)) is not null)
        {
            Errors["outlines"] = [text["OutlinesNotGeoJson"]];
            return Page();
        }
        var stored = await db.MapOutlines.FirstOrDefaultAsync(o => o.PlanId == PlanId, cancellationToken);
        if (stored is null) db.MapOutlines.Add(new StoredMapOutline { PlanId = PlanId, GeoJson = json, UploadedAt = clock.GetUtcNow() });
        else (stored.GeoJson, stored.UploadedAt) = (json, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return RedirectToPage(new { plan = PlanId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Where(p => Plan == null || p.Id == Plan).OrderByDescending(p => p.Year).Select(p => new { p.Id, p.Title }).FirstOrDefaultAsync(cancellationToken);
        if (plan is null) return false;
        (PlanId, PlanTitle) = (plan.Id, plan.Title);
        Projects = (await db.Projects.Where(p => p.PlanId == PlanId).OrderBy(p => p.Position).Select(p => new { p.Code, p.Name }).ToListAsync(cancellationToken))
            .Select(p => (p.Code, p.Name)).ToList();
        var rows = await (
            from s in db.Sites
            join p in db.Projects on s.ProjectId equals p.Id
            where s.PlanId == PlanId
            orderby p.Position, s.Position, s.Id
            select new { Site = s, p.Code }).ToListAsync(cancellationToken);
        Sites = rows.Select(r => r.Site.ToResponse(r.Code)).ToList();
        HasOutlines = await db.MapOutlines.AnyAsync(o => o.PlanId == PlanId, cancellationToken);
        return true;
    }
}

/// <summary>A new site as the form posts it.</summary>
public sealed class SiteForm
{
    public string? Project { get; set; }
    public string? Name { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
}
