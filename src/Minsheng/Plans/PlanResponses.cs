using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

public sealed record PlanListItem(int Id, string Region, int Year, string Title, int Categories, int Projects, int Indicators);

/// <summary>A plan stored from a document, and the fields the reader ignored on the way (each a path and why).</summary>
public sealed record ImportedPlanResponse(int Id, string Region, int Year, string Title, int Categories, int Projects, int Indicators, IReadOnlyList<DocumentWarning> Warnings);

public sealed record PlanSettingsResponse(Curve Curve, decimal TolerancePoints, decimal RedPoints);

public sealed record PlanResponse(int Id, string Region, int Year, string Title, PlanSettingsResponse Settings, IReadOnlyList<CategoryResponse> Categories);

public sealed record CategoryResponse(string Code, string Name, IReadOnlyList<ProjectListItem> Projects);

public sealed record ProjectListItem(string Code, string Name, string? Lead, int Indicators);

public sealed record ProjectResponse(
    string Code,
    string Name,
    string Category,
    string? Content,
    string? Lead,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Districts,
    decimal? Investment,
    Funds? Funds,
    Location? Location,
    ProjectSummary Progress);

/// <summary>ExpectedByMonth: the node due at the end of each month 1-12 (null while nothing is due): the curve to chart.</summary>
public sealed record IndicatorResponse(
    string Code,
    string Name,
    string Project,
    IndicatorKind Kind,
    decimal Target,
    string? Unit,
    Direction Direction,
    bool WholeNumbers,
    Curve Curve,
    IReadOnlyList<string> Stages,
    IReadOnlyDictionary<int, decimal> Nodes,
    IReadOnlyList<decimal?> ExpectedByMonth,
    IReadOnlyDictionary<string, decimal> Districts,
    IndicatorSummary Progress,
    IReadOnlyList<ReportHistoryItem> History);


public static class PlanMappings
{
    public static PlanResponse ToPlanResponse(this Plan plan, int id) => new(
        id,
        plan.Region,
        plan.Year,
        plan.Title,
        new PlanSettingsResponse(plan.Settings.Curve, plan.Settings.TolerancePoints, plan.Settings.RedPoints),
        plan.Categories.Select(c => new CategoryResponse(c.Code, c.Name, c.Projects.Select(p => p.ToListItem()).ToList())).ToList());

    public static ProjectListItem ToListItem(this Project project) => new(project.Code, project.Name, project.Lead, project.Indicators.Count(i => i.Of is null));

    public static ProjectResponse ToProjectResponse(this Project project, string category, ProjectSummary progress) => new(
        project.Code,
        project.Name,
        category,
        project.Content,
        project.Lead,
        project.Units,
        project.Districts,
        project.Investment,
        project.Funds,
        project.Location,
        progress);

}
