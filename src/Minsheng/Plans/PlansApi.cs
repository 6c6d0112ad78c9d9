using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Problems;
using Minsheng.Public;

namespace Minsheng.Plans;

public static class PlansApi
{
    public static RouteGroupBuilder MapPlansApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans").WithTags("Plans").RequireAuthorization(Policies.Read).WithBodyChecks();

        group.MapGet("/", ListPlans).WithSummary("The stored plans, newest year first.");
        group.MapPost("/", ImportPlan).RequireAuthorization(Policies.Office).WithSummary("Import a plan document (minsheng-plan/1), with any reports it holds; warnings name the fields ignored.")
            .Accepts<object>("application/json").WithMetadata(new RequestSizeLimitAttribute(ApiSetup.MaxPlanDocumentBytes + 1));
        group.MapGet("/{id:int}", GetPlan).WithSummary("A plan's settings, categories and projects.");
        group.MapGet("/{id:int}/document", ExportPlan).WithSummary("The plan as a plan document, with the latest report rows.");
        group.MapGet("/{id:int}/summary", GetSummary).WithSummary("The plan's figures as of a date (the spec's summary output).");
        group.MapGet("/{id:int}/categories", ListCategories).WithSummary("A plan's categories with their progress.");
        group.MapGet("/{id:int}/projects", ListProjects).WithSummary("A plan's projects with their progress, optionally of one category.");
        group.MapGet("/{id:int}/projects/{code}", GetProject).WithSummary("One project, its content, units, money and progress.");
        group.MapGet("/{id:int}/indicators/{code}", GetIndicator).WithSummary("One indicator, its curve, progress and report history.");
        group.MapPatch("/{id:int}/indicators/{code}", ChangeIndicator.Handle).RequireAuthorization(Policies.Office)
            .WithSummary("Say whether an indicator's figures are whole numbers (wholeNumbers), which its unit set on import.");
        group.MapGet("/{id:int}/escalations", ListEscalations).WithSummary("The stored escalations (督办) as they stood at the month of a date (the latest month by default), open first, highest level first; the same records as /supervision.");

        return group;
    }

    private static async Task<Ok<List<PlanListItem>>> ListPlans(MinshengDb db, CancellationToken cancellationToken)
    {
        var plans = await db.Plans
            .OrderByDescending(p => p.Year).ThenBy(p => p.Region)
            .Select(p => new PlanListItem(
                p.Id,
                p.Region,
                p.Year,
                p.Title,
                p.Categories.Count,
                db.Projects.Count(project => project.PlanId == p.Id),
                db.Indicators.Count(indicator => indicator.PlanId == p.Id && indicator.Of == null)))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(plans);
    }

    private static async Task<Results<Created<ImportedPlanResponse>, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ImportPlan(
        HttpRequest request, MinshengDb db, TimeProvider clock, IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, ApiSetup.MaxPlanDocumentBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem(ApiText.Get("PlanTooLarge", ApiSetup.MaxPlanDocumentBytes / 1024 / 1024), statusCode: StatusCodes.Status413PayloadTooLarge, title: ApiText.Get("BodyTooLarge"));
        }

        PlanWithWarnings read;
        try
        {
            read = PlanDocument.Read(body);
        }
        catch (InvalidPlanDocumentException e)
        {
            return TypedResults.ValidationProblem(
                e.Errors.GroupBy(error => error.Path).ToDictionary(g => g.Key, g => g.Select(error => error.Message).ToArray()),
                title: ApiText.Get("PlanNotValid"));
        }

        var plan = read.Plan;
        try
        {
            var stored = await PlanImport.ImportAsync(db, plan, "import", clock.GetUtcNow(), cancellationToken);
            // A new year's plan becomes the public portal's default programme.
            await PublicCache.EvictAsync(cache, cancellationToken);
            var item = new ImportedPlanResponse(stored.Id, plan.Region, plan.Year, plan.Title, plan.Categories.Count, plan.Projects.Count(), plan.Indicators.Count(i => i.Of is null), read.Warnings);
            return TypedResults.Created($"/api/plans/{stored.Id}", item);
        }
        catch (PlanAlreadyExistsException e)
        {
            return TypedResults.Conflict(new ProblemDetails
            {
                Title = ApiText.Get("PlanExists"),
                Detail = e.Message,
                Status = StatusCodes.Status409Conflict,
                Extensions = { ["existingId"] = e.ExistingId },
            });
        }
    }

    private static async Task<Results<Ok<PlanResponse>, ProblemHttpResult>> GetPlan(int id, MinshengDb db, CancellationToken cancellationToken) =>
        await PlanLoader.LoadAsync(db, id, cancellationToken) is { } plan
            ? TypedResults.Ok(plan.ToPlanResponse(id))
            : ApiProblems.NotFound(ApiText.Get("NoPlan", id));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportPlan(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        if (await PlanLoader.LoadAsync(db, id, cancellationToken) is not { } plan) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        var json = Encoding.UTF8.GetBytes(PlanDocument.Write(plan.WithLatestReportsOnly()));
        return TypedResults.File(json, "application/json; charset=utf-8", $"plan-{plan.Year}.json");
    }

    private static async Task<Results<Ok<Summary>, ProblemHttpResult, ValidationProblem>> GetSummary(int id, string? asOf, MinshengDb db, CancellationToken cancellationToken)
    {
        var (plan, summary, problem) = await SummarizeAsync(id, asOf, db, cancellationToken);
        if (problem is not null) return problem;
        return plan is null ? ApiProblems.NotFound(ApiText.Get("NoPlan", id)) : TypedResults.Ok(summary!);
    }

    private static async Task<Results<Ok<List<CategorySummary>>, ProblemHttpResult, ValidationProblem>> ListCategories(int id, string? asOf, MinshengDb db, CancellationToken cancellationToken)
    {
        var (plan, summary, problem) = await SummarizeAsync(id, asOf, db, cancellationToken);
        if (problem is not null) return problem;
        return plan is null ? ApiProblems.NotFound(ApiText.Get("NoPlan", id)) : TypedResults.Ok(summary!.Categories.ToList());
    }

    private static async Task<Results<Ok<List<ProjectSummary>>, ProblemHttpResult, ValidationProblem>> ListProjects(int id, string? asOf, string? category, MinshengDb db, CancellationToken cancellationToken)
    {
        var (plan, summary, problem) = await SummarizeAsync(id, asOf, db, cancellationToken);
        if (problem is not null) return problem;
        if (plan is null) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        if (category is not null && summary!.Categories.All(c => c.Code != category)) return ApiProblems.NotFound(ApiText.Get("NoCategory", id, category));
        return TypedResults.Ok(summary!.Projects.Where(p => category is null || p.Category == category).ToList());
    }

    private static async Task<Results<Ok<ProjectResponse>, ProblemHttpResult, ValidationProblem>> GetProject(int id, string code, string? asOf, MinshengDb db, CancellationToken cancellationToken)
    {
        var (plan, summary, problem) = await SummarizeAsync(id, asOf, db, cancellationToken);
        if (problem is not null) return problem;
        var found = plan?.Categories.SelectMany(c => c.Projects.Select(p => (Category: c, Project: p))).FirstOrDefault(x => x.Project.Code == code);
        if (found is not { Project: { } project, Category: { } category }) return ApiProblems.NotFound(plan is null ? ApiText.Get("NoPlan", id) : ApiText.Get("NoProject", id, code));
        return TypedResults.Ok(project.ToProjectResponse(category.Code, summary!.Projects.Single(p => p.Code == code)));
    }

    private static async Task<Results<Ok<IndicatorResponse>, ProblemHttpResult, ValidationProblem>> GetIndicator(int id, string code, string? asOf, ClaimsPrincipal user, MinshengDb db, CancellationToken cancellationToken)
    {
        var (plan, summary, problem) = await SummarizeAsync(id, asOf, db, cancellationToken);
        if (problem is not null) return problem;
        var project = plan?.Projects.FirstOrDefault(p => p.Indicators.Any(i => i.Code == code));
        if (plan is null || project is null) return ApiProblems.NotFound(plan is null ? ApiText.Get("NoPlan", id) : ApiText.Get("NoIndicator", id, code));
        var indicator = project.Indicators.Single(i => i.Code == code);

        var history = (await ReportHistory.LoadAsync(db, id, [code], user, cancellationToken))[code].ToList();

        return TypedResults.Ok(new IndicatorResponse(
            indicator.Code,
            indicator.Name,
            project.Code,
            indicator.Kind,
            indicator.Target,
            indicator.Unit,
            indicator.Direction,
            indicator.WholeNumbers,
            indicator.Curve ?? plan.Settings.Curve,
            indicator.Stages,
            indicator.Nodes,
            Enumerable.Range(1, 12).Select(month => NodeCurve.At(indicator, plan.Settings.Curve, month)).ToList(),
            indicator.DistrictTargets,
            summary!.Projects.SelectMany(p => p.AllIndicators).Single(i => i.Code == code),
            history));
    }

    private static async Task<Results<Ok<List<EscalationRecord>>, ProblemHttpResult, ValidationProblem>> ListEscalations(int id, string? asOf, MinshengDb db, CancellationToken cancellationToken)
    {
        var (plan, summary, problem) = await SummarizeAsync(id, asOf, db, cancellationToken);
        if (problem is not null) return problem;
        if (plan is null) return ApiProblems.NotFound(ApiText.Get("NoPlan", id));
        if (summary!.Period is not { } month) return TypedResults.Ok(new List<EscalationRecord>());
        return TypedResults.Ok(await EscalationRecords.AtMonthAsync(db, id, month, cancellationToken));
    }

    private static async Task<(Plan? Plan, Summary? Summary, ValidationProblem? Problem)> SummarizeAsync(int id, string? asOf, MinshengDb db, CancellationToken cancellationToken)
    {
        var plan = await PlanLoader.LoadAsync(db, id, cancellationToken);
        if (plan is null) return (null, null, null);
        if (!AsOfDate.TryResolve(asOf, plan, out var date, out var error))
        {
            return (plan, null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["asOf"] = [error!] }));
        }
        return (plan, ProgressEngine.Summarize(plan, date), null);
    }
}
