using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Shared;

namespace Minsheng.Photos;

public sealed record PhotoUploadRequest(byte[]? File, string? Caption, DateOnly? TakenOn, int? SiteId);

/// <summary>The photo stored (or found already stored from the same file), or why not: by field, no such project, or not the user's.</summary>
public sealed record PhotoOutcome(StoredPhoto? Photo = null, bool AlreadyStored = false, Dictionary<string, string[]>? Errors = null, string? NotFound = null, string? NotTheirs = null);

/// <summary>Adding and removing a project's photos, the same for the API and the project page.</summary>
public static class PhotoUpload
{
    public const int MaxCaption = 200;

    /// <summary>Photos are shown the latest taken first; one without a date counts as taken when it was uploaded.</summary>
    public static DateOnly ShownDate(DateOnly? takenOn, DateTimeOffset uploadedAt) => takenOn ?? ChinaTime.DateOf(uploadedAt);


    // A 12-megapixel photo takes a few hundred megabytes to decode: two at a time, however many are uploaded at once.
    private static readonly SemaphoreSlim Decoding = new(2);
    private static readonly TimeSpan BusyAfter = TimeSpan.FromSeconds(30);

    public static async Task<PhotoOutcome> AddAsync(
        MinshengDb db, int planId, string projectCode, PhotoUploadRequest request, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Where(p => p.PlanId == planId && p.Code == projectCode)
            .Select(p => new { p.Id, Lead = p.LeadUnit == null ? null : p.LeadUnit.Name }).FirstOrDefaultAsync(cancellationToken);
        if (project is null)
        {
            return new(NotFound: await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken)
                ? PhotoText.Get("PhotoNoSuchProject", projectCode)
                : PhotoText.Get("PhotoNoSuchPlan", planId));
        }
        if (!user.WorksOn(project.Lead)) return new(NotTheirs: PhotoText.Get("PhotoNotTheirProject", user.Unit(), projectCode));
        var projectId = project.Id;

        var errors = new Dictionary<string, string[]>();
        var caption = string.IsNullOrWhiteSpace(request.Caption) ? null : request.Caption.Trim();
        if (caption?.Length > MaxCaption) errors["caption"] = [PhotoText.Get("PhotoCaptionTooLong", MaxCaption)];
        var today = ChinaTime.DateOf(now);
        if (request.TakenOn > today) errors["takenOn"] = [PhotoText.Get("PhotoTakenInFuture")];
        if (request.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.ProjectId == projectId, cancellationToken))
            errors["siteId"] = [PhotoText.Get("PhotoNoSuchSite", siteId)];

        var (processed, hash) = (default(ProcessedPhoto), "");
        if (request.File is not { } file) errors["file"] = [PhotoText.Get("PhotoMissing")];
        else
        {
            if (!await Decoding.WaitAsync(BusyAfter, cancellationToken)) errors["file"] = [PhotoText.Get("PhotoServerBusy")];
            else
            {
                try { (processed, hash) = (PhotoImages.Process(file), Convert.ToHexStringLower(SHA256.HashData(file))); }
                catch (PhotoRefusedException refused) { errors["file"] = [PhotoText.Get(refused.Key, refused.Values)]; }
                finally { Decoding.Release(); }
            }
        }
        if (errors.Count > 0 || processed is null) return new(Errors: errors);

        if (await StoredFromAsync(db, projectId, hash, cancellationToken) is { } existing) return new(existing, AlreadyStored: true);

        var photo = new StoredPhoto
        {
            PlanId = planId,
            ProjectId = projectId,
            SiteId = request.SiteId,
            Caption = caption,
            // A camera whose clock was wrong says nothing about the day.
            TakenOn = request.TakenOn ?? (processed.TakenOn <= today ? processed.TakenOn : null),
            Width = processed.Width,
            Height = processed.Height,
            UploadHash = hash,
            UploadedBy = user.Identity?.Name ?? "",
            UploadedAt = now,
            Image = new StoredPhotoImage { Full = processed.Full, Small = processed.Small },
        };
        db.Photos.Add(photo);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same file, uploaded at the same instant, may have been stored first by the other request.
            db.ChangeTracker.Clear();
            if (await StoredFromAsync(db, projectId, hash, cancellationToken) is { } stored) return new(stored, AlreadyStored: true);
            throw;
        }
        return new(photo);
    }

    private static Task<StoredPhoto?> StoredFromAsync(MinshengDb db, int projectId, string hash, CancellationToken cancellationToken) =>
        db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.ProjectId == projectId && p.UploadHash == hash && p.RemovedAt == null, cancellationToken);

    /// <summary>Takes a photo off the pages; the record and its image stay, with who removed it and when.</summary>
    public static async Task<PhotoOutcome> RemoveAsync(MinshengDb db, int planId, long photoId, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var found = await db.Photos.Where(p => p.Id == photoId && p.PlanId == planId)
            .Select(p => new { Photo = p, Project = db.Projects.Where(pr => pr.Id == p.ProjectId).Select(pr => new { pr.Code, Lead = pr.LeadUnit == null ? null : pr.LeadUnit.Name }).First() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null) return new(NotFound: PhotoText.Get("PhotoNoSuchPhoto", photoId));
        if (!user.WorksOn(found.Project.Lead)) return new(NotTheirs: PhotoText.Get("PhotoNotTheirProject", user.Unit(), found.Project.Code));
        if (found.Photo.RemovedAt is not null) return new(Errors: new() { ["photo"] = [PhotoText.Get("PhotoAlreadyRemoved")] });
        (found.Photo.RemovedBy, found.Photo.RemovedAt) = (user.Identity?.Name, now);
        await db.SaveChangesAsync(cancellationToken);
        return new(found.Photo);
    }
}
