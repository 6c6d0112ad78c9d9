using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Public;

namespace Minsheng.Sites;

/// <summary>点位: where projects are carried out, set by the office; and the district outlines the offline map draws.</summary>
public static class SitesApi
{
    public const long MaxOutlineBytes = 16 * 1024 * 1024;

    public static RouteGroupBuilder MapSitesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans/{id:int}").WithTags("Sites").RequireAuthorization(Policies.Read).WithBodyChecks();

        group.MapGet("/sites", ListSites).WithSummary("A plan's sites, optionally of one project.");
        group.MapPost("/sites", AddSite).RequireAuthorization(Policies.Office).WithSummary("Add a site to a project.");
        group.MapPut("/sites/{siteId:int}", ChangeSite).RequireAuthorization(Policies.Office).WithSummary("Change a site.");
        group.MapDelete("/sites/{siteId:int}", RemoveSite).RequireAuthorization(Policies.Office).WithSummary("Remove a site.");
        group.MapPut("/outlines", UploadOutlines).RequireAuthorization(Policies.Office).Accepts<object>("application/geo+json", "application/json").WithMetadata(new RequestSizeLimitAttribute(MaxOutlineBytes + 1))
            .WithSummary("Upload the district outlines (GeoJSON) the public map draws when it has no tile source.");

        return group;
    }

    private static async Task<Results<Ok<List<SiteResponse>>, ProblemHttpResult>> ListSites(int id, string? project, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        var rows = await (
            from s in db.Sites
            join p in db.Projects on s.ProjectId equals p.Id
            where s.PlanId == id && (project == null || p.Code == project)
            orderby p.Position, s.Position, s.Id
            select new { Site = s, p.Code }).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => r.Site.ToResponse(r.Code)).ToList());
    }

    private static async Task<Results<Created<SiteResponse>, ValidationProblem, ProblemHttpResult>> AddSite(
        int id, SiteRequest request, MinshengDb db, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        var errors = SiteMapping.Validate(request);
        var projectId = await ProjectIdAsync(db, id, request.Project, cancellationToken);
        if (projectId is null && !errors.ContainsKey("project")) errors["project"] = [ApiText.Get("NoSuchProject", request.Project)];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var position = await db.Sites.CountAsync(s => s.ProjectId == projectId, cancellationToken);
        var site = new StoredSite { PlanId = id, Name = "", Position = position };
        request.CopyTo(site, projectId!.Value);
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.Created($"/api/plans/{id}/sites/{site.Id}", site.ToResponse(request.Project!));
    }

    private static async Task<Results<Ok<SiteResponse>, ValidationProblem, ProblemHttpResult>> ChangeSite(
        int id, int siteId, SiteRequest request, MinshengDb db, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        if (await db.Sites.FirstOrDefaultAsync(s => s.Id == siteId && s.PlanId == id, cancellationToken) is not { } site)
        {
            return ApiProblems.NotFound($"Plan {id} has no site {siteId}.");
        }
        var errors = SiteMapping.Validate(request);
        var projectId = await ProjectIdAsync(db, id, request.Project, cancellationToken);
        if (projectId is null && !errors.ContainsKey("project")) errors["project"] = [ApiText.Get("NoSuchProject", request.Project)];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        request.CopyTo(site, projectId!.Value);
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.Ok(site.ToResponse(request.Project!));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveSite(int id, int siteId, MinshengDb db, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var removed = await db.Sites.Where(s => s.Id == siteId && s.PlanId == id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0) return ApiProblems.NotFound($"Plan {id} has no site {siteId}.");
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> UploadOutlines(
        int id, HttpRequest request, MinshengDb db, TimeProvider clock, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken)) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        var body = await RequestBody.ReadAsync(request, MaxOutlineBytes, cancellationToken);
        if (body is null) return TypedResults.Problem(ApiText.Get("OutlinesTooLarge", MaxOutlineBytes / 1024 / 1024), statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiText.Get("BodyTooLarge"));
        if (OutlineError(body) is { } error) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [error] });

        var json = System.Text.Encoding.UTF8.GetString(body);
        var stored = await db.MapOutlines.FirstOrDefaultAsync(o => o.PlanId == id, cancellationToken);
        if (stored is null) db.MapOutlines.Add(new StoredMapOutline { PlanId = id, GeoJson = json, UploadedAt = clock.GetUtcNow() });
        else (stored.GeoJson, stored.UploadedAt) = (json, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await PublicCache.EvictAsync(cache, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>GeoJSON the map can draw: a FeatureCollection, a Feature or a geometry, every text of it readable.</summary>
    public static string? OutlineError(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (!AllTextReadable(root)) return ApiText.Get("NotText");
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return type is "FeatureCollection" or "Feature" or "Polygon" or "MultiPolygon" or "GeometryCollection" or "LineString" or "MultiLineString"
                ? null
                : ApiText.Get("NotGeoJson");
        }
        catch (JsonException e)
        {
            return ApiText.Get("NotJson", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1);
        }
    }

    /// <summary>False when a text or a field name holds invalid UTF-8 or a lone surrogate, which the map could not show.</summary>
    private static bool AllTextReadable(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Array:
                    return element.EnumerateArray().All(AllTextReadable);
                case JsonValueKind.Object:
                    return element.EnumerateObject().All(property => property.Name.Length >= 0 && AllTextReadable(property.Value));
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static Task<int?> ProjectIdAsync(MinshengDb db, int planId, string? code, CancellationToken cancellationToken) =>
        db.Projects.Where(p => p.PlanId == planId && p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
}
