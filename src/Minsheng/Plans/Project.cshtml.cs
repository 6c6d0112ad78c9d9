using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Photos;
using Minsheng.Problems;
using Minsheng.Public;
using Minsheng.Reporting;

namespace Minsheng.Plans;

/// <summary>A project: its content and units, each indicator's curve against its monthly actuals, districts, report history and problems.</summary>
// A photo well over its limit is read so far, to be refused with a reason rather than cut off.
[RequestSizeLimit(PhotoImages.MaxRequestBytes)]
[Minsheng.Uploads.HeavyUpload]
[RequestFormLimits(MultipartBodyLengthLimit = PhotoImages.MaxRequestBytes)]
public sealed class ProjectModel(MinshengDb db, IStringLocalizer<PageText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public PlanAtMonth View { get; private set; } = null!;

    public Project Project { get; private set; } = null!;

    public ProjectSummary Summary { get; private set; } = null!;

    /// <summary>Each indicator's months, for its table and its chart.</summary>
    public IReadOnlyList<IndicatorTrajectory> Trajectories { get; private set; } = [];

    public ProjectCharts Charts { get; private set; } = null!;

    public ILookup<string, ReportHistoryItem> History { get; private set; } = null!;

    public IReadOnlyList<StoredProblem> Problems { get; private set; } = [];

    /// <summary>Whether the lead unit's month was published with the month shown, or its figures carried forward.</summary>
    public bool CarriedForward { get; private set; }

    /// <summary>The project's 督办 as they stood at the month, from the same records as the supervision page.</summary>
    public IReadOnlyList<EscalationRecord> Escalations { get; private set; } = [];

    /// <summary>The office raises problems on any project, a unit on those it leads.</summary>
    public bool MayRaise => User.WorksOn(Project.Lead);

    [BindProperty]
    public ProblemForm Raise { get; set; } = new();

    public Dictionary<string, string[]> RaiseErrors { get; private set; } = [];

    public async Task<IActionResult> OnPostRaiseAsync(int id, string code, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var request = new RaiseProblemRequest(Raise.Type, Raise.Description, Raise.Measures, Raise.Owner, Raise.Deadline);
        var outcome = await RaiseProblem.RaiseAsync(db, id, code, request, User, clock.GetUtcNow(), cancellationToken);
        if (outcome.NotTheirs is not null) return Forbid();
        if (outcome.Stored is not null) return Redirect($"/plans/{id}/projects/{code}#problems");
        RaiseErrors = outcome.Errors ?? [];
        return await OnGetAsync(id, code, cancellationToken);
    }

    /// <summary>Photos on show, as the public pages order them; the office and the lead unit add and remove them.</summary>
    public IReadOnlyList<StoredPhoto> Photos { get; private set; } = [];

    public IReadOnlyList<StoredSite> Sites { get; private set; } = [];

    [BindProperty]
    public PhotoForm Photo { get; set; } = new();

    public Dictionary<string, string[]> PhotoErrors { get; private set; } = [];

    [TempData]
    public string? PhotoMessage { get; set; }

    public async Task<IActionResult> OnPostPhotoAsync(int id, string code, [FromServices] TimeProvider clock, [FromServices] IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        // A date or site the browser could not send as one (2024-02-30) is named, not silently dropped.
        var unreadable = new Dictionary<string, string[]>();
        if (ModelState[$"{nameof(Photo)}.{nameof(PhotoForm.TakenOn)}"]?.Errors.Count > 0) unreadable["takenOn"] = [PhotoText.Get("PhotoDateInvalid")];
        if (ModelState[$"{nameof(Photo)}.{nameof(PhotoForm.SiteId)}"]?.Errors.Count > 0) unreadable["siteId"] = [PhotoText.Get("PhotoSiteInvalid")];
        var outcome = unreadable.Count > 0
            ? new PhotoOutcome(Errors: unreadable)
            : await PhotoUpload.AddAsync(db, id, code, new PhotoUploadRequest(await PhotosApi.ReadAsync(Photo.File, cancellationToken), Photo.Caption, Photo.TakenOn, Photo.SiteId), User, clock.GetUtcNow(), cancellationToken);
        if (outcome.NotFound is not null) return NotFound();
        if (outcome.NotTheirs is not null) return Forbid();
        if (outcome.Errors is { } errors)
        {
            PhotoErrors = errors;
            return await OnGetAsync(id, code, cancellationToken);
        }
        await PublicCache.EvictAsync(cache, cancellationToken);
        PhotoMessage = text[outcome.AlreadyStored ? "PhotoAlreadyUploaded" : "PhotoUploaded"];
        return Redirect($"/plans/{id}/projects/{code}#photos");
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync(int id, string code, long photoId, [FromServices] TimeProvider clock, [FromServices] IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var outcome = await PhotoUpload.RemoveAsync(db, id, photoId, User, clock.GetUtcNow(), cancellationToken);
        if (outcome.NotFound is not null) return NotFound();
        if (outcome.NotTheirs is not null) return Forbid();
        await PublicCache.EvictAsync(cache, cancellationToken);
        PhotoMessage = outcome.Errors is { } errors ? errors.Values.First()[0] : text["PhotoRemoved"];
        return Redirect($"/plans/{id}/projects/{code}#photos");
    }

    /// <summary>What came of the office's change of an indicator's whole numbers, shown beside that indicator.</summary>
    [TempData]
    public string? PrecisionMessage { get; set; }

    [TempData]
    public string? PrecisionIndicator { get; set; }

    /// <summary>The office says whether an indicator counts whole things (户) or takes decimals.</summary>
    public async Task<IActionResult> OnPostWholeNumbersAsync(int id, string code, string indicator, bool wholeNumbers, [FromServices] IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        if (!User.IsOffice()) return Forbid();
        var outcome = await ChangeIndicator.ChangeAsync(db, cache, id, indicator, new ChangeIndicatorRequest(wholeNumbers), cancellationToken);
        if (outcome is { Changed: null, Errors: null }) return NotFound();
        PrecisionIndicator = indicator;
        PrecisionMessage = outcome.Errors is { } errors
            ? string.Join("；", errors.Values.SelectMany(m => m))
            : text[wholeNumbers ? "WholeNumbersSet" : "DecimalsSet"];
        return Redirect($"/plans/{id}/projects/{code}#{indicator}");
    }

    public async Task<IActionResult> OnGetAsync(int id, string code, CancellationToken cancellationToken)
    {
        if (await PlanAtMonth.LoadAsync(db, id, Month, cancellationToken) is not { } view || view.Id != id) return NotFound();
        if (view.Plan.Projects.FirstOrDefault(p => p.Code == code) is not { } project) return NotFound();
        (View, Project, Summary) = (view, project, view.Summary.Projects.Single(p => p.Code == code));
        var shown = view.Summary.Period?.Month ?? 0;
        Trajectories = project.Indicators.Select(i => IndicatorTrajectory.Of(view.Plan, i, shown)).ToList();
        Charts = ProjectCharts.From(Trajectories, text);

        History = await ReportHistory.LoadAsync(db, id, project.Indicators.Select(i => i.Code).ToList(), User, cancellationToken);
        Problems = await db.Problems.Where(pr => db.Projects.Any(p => p.Id == pr.ProjectId && p.PlanId == id && p.Code == code))
            .OrderBy(pr => pr.Id).ToListAsync(cancellationToken);
        Escalations = await EscalationRecords.AtAsync(db, id, view.Summary.Period, view.StoodUntil, cancellationToken, project: code);
        CarriedForward = view.Summary.Period is { } period
            && (await ReportingAtMonth.LoadAsync(db, id, period, view.StoodUntil, cancellationToken))?.CarriesForward(project.Lead) == true;
        var projectId = await db.Projects.Where(p => p.PlanId == id && p.Code == code).Select(p => p.Id).SingleAsync(cancellationToken);
        Photos = (await db.Photos.AsNoTracking().Where(p => p.ProjectId == projectId && p.RemovedAt == null).ToListAsync(cancellationToken))
            .OrderByDescending(p => PhotoUpload.ShownDate(p.TakenOn, p.UploadedAt)).ThenByDescending(p => p.Id).ToList();
        Sites = await db.Sites.AsNoTracking().Where(s => s.ProjectId == projectId).OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        return Page();
    }
}

/// <summary>A photo as the project page's form posts it.</summary>
public sealed class PhotoForm
{
    public IFormFile? File { get; set; }
    public string? Caption { get; set; }
    public DateOnly? TakenOn { get; set; }
    public int? SiteId { get; set; }
}

/// <summary>The fields of a new problem as the form posts them.</summary>
public sealed class ProblemForm
{
    public ProblemType? Type { get; set; }
    public string? Description { get; set; }
    public string? Measures { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Deadline { get; set; }
}
