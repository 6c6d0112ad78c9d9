using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Public;
using Minsheng.Uploads;

namespace Minsheng.Photos;

public sealed record PhotoResponse(
    long Id, string Project, int? SiteId, string? Caption, DateOnly? TakenOn, int Width, int Height, string Url, string SmallUrl, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>
/// Photos of projects' work (现场照片): the office and the lead unit add and remove them; anyone sees the images.
/// </summary>
public static class PhotosApi
{
    public static IEndpointRouteBuilder MapPhotosApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}").WithTags("Photos").RequireAuthorization(Policies.Read);
        group.MapGet("/photos", ListPhotos).WithSummary("A plan's photos on show, optionally of one project, the latest taken first.");
        // Multipart from the signed-in office's or unit's own pages or scripts; the sign-in cookie is SameSite=Strict.
        group.MapPost("/projects/{code}/photos", AddPhoto).RequireAuthorization(Policies.WorkOnProjects).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(PhotoImages.MaxRequestBytes), new HeavyUploadAttribute())
            .WithSummary("Add a photo (JPEG, PNG, WebP or HEIC, at most 20 MB) to a project: form fields file, caption, takenOn, siteId. The same file twice is stored once.");
        group.MapDelete("/photos/{photoId:long}", RemovePhoto).RequireAuthorization(Policies.WorkOnProjects)
            .WithSummary("Take a photo off the pages (kept, with who removed it and when).");

        // Served from memory like the public pages, and evicted with them when a photo is removed.
        var images = routes.MapGroup("/public/photos").WithTags("Public").AllowAnonymous().CacheOutput(PublicCache.Policy);
        images.MapGet("/{photoId:long}.jpg", (long photoId, HttpContext context, MinshengDb db, CancellationToken cancellationToken) =>
            ServeAsync(photoId, small: false, context, db, cancellationToken)).WithSummary("A photo, at most 1600 pixels on its longest side.");
        images.MapGet("/{photoId:long}/small.jpg", (long photoId, HttpContext context, MinshengDb db, CancellationToken cancellationToken) =>
            ServeAsync(photoId, small: true, context, db, cancellationToken)).WithSummary("A photo for lists, at most 480 pixels on its longest side.");
        return routes;
    }

    public static string FullUrl(long photoId) => $"/public/photos/{photoId}.jpg";

    public static string SmallUrl(long photoId) => $"/public/photos/{photoId}/small.jpg";

    private static async Task<Results<Ok<List<PhotoResponse>>, ProblemHttpResult>> ListPhotos(int id, string? project, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound($"There is no plan {id}.");
        var rows = await (
            from photo in db.Photos
            join p in db.Projects on photo.ProjectId equals p.Id
            where photo.PlanId == id && photo.RemovedAt == null && (project == null || p.Code == project)
            select new { Photo = photo, p.Code }).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.OrderByDescending(r => PhotoUpload.ShownDate(r.Photo.TakenOn, r.Photo.UploadedAt)).ThenByDescending(r => r.Photo.Id)
            .Select(r => ToResponse(r.Photo, r.Code)).ToList());
    }

    private static async Task<Results<Created<PhotoResponse>, Ok<PhotoResponse>, ValidationProblem, ProblemHttpResult>> AddPhoto(
        int id, string code, [FromForm] IFormFile? file, [FromForm] string? caption, [FromForm] DateOnly? takenOn, [FromForm] int? siteId,
        ClaimsPrincipal user, MinshengDb db, TimeProvider clock, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(file, cancellationToken);
        var outcome = await PhotoUpload.AddAsync(db, id, code, new PhotoUploadRequest(bytes, caption, takenOn, siteId), user, clock.GetUtcNow(), cancellationToken);
        if (outcome.NotFound is { } notFound) return ApiProblems.NotFound(notFound);
        if (outcome.NotTheirs is { } notTheirs) return TypedResults.Problem(notTheirs, statusCode: StatusCodes.Status403Forbidden);
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        var response = ToResponse(outcome.Photo!, code);
        if (outcome.AlreadyStored) return TypedResults.Ok(response);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.Created(response.Url, response);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RemovePhoto(
        int id, long photoId, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var outcome = await PhotoUpload.RemoveAsync(db, id, photoId, user, clock.GetUtcNow(), cancellationToken);
        if (outcome.NotFound is { } notFound) return ApiProblems.NotFound(notFound);
        if (outcome.NotTheirs is { } notTheirs) return TypedResults.Problem(notTheirs, statusCode: StatusCodes.Status403Forbidden);
        if (outcome.Errors is { } errors) return TypedResults.ValidationProblem(errors);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The file's bytes; one over the limit is read only as far as the limit, which is enough to refuse it.</summary>
    public static async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null) return null;
        using var memory = new MemoryStream();
        await using var stream = file.OpenReadStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0 && memory.Length <= PhotoImages.MaxUploadBytes) memory.Write(buffer, 0, read);
        return memory.ToArray();
    }

    private static async Task<IResult> ServeAsync(long photoId, bool small, HttpContext context, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Photos.AnyAsync(p => p.Id == photoId && p.RemovedAt == null, cancellationToken)) return TypedResults.NotFound();
        var etag = $"\"photo-{photoId}-{(small ? "small" : "full")}\"";
        context.Response.Headers.ETag = etag;
        // Asked for again on every use (answered 304 from the ETag), so that a photo taken down for showing a face is gone at once.
        context.Response.Headers.CacheControl = PublicCache.PageCacheControl;
        if (context.Request.Headers.IfNoneMatch.ToString().Split(',').Any(t => t.Trim() == etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var image = await db.PhotoImages.Where(i => i.PhotoId == photoId).Select(i => small ? i.Small : i.Full).SingleAsync(cancellationToken);
        return TypedResults.File(image, "image/jpeg");
    }

    private static PhotoResponse ToResponse(StoredPhoto photo, string projectCode) => new(
        photo.Id, projectCode, photo.SiteId, photo.Caption, photo.TakenOn, photo.Width, photo.Height, FullUrl(photo.Id), SmallUrl(photo.Id), photo.UploadedBy, photo.UploadedAt);
}
