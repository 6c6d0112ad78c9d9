using Minsheng.Engine.Progress;

namespace Minsheng.Public;

// What the public sees: published figures only, and nothing of the reporting chain (no drafts, no
// reviewers, no problems). Built by hand from the engine's summary, never from entities.

public sealed record PublicProgramme(
    int Id,
    string Region,
    int Year,
    string Title,
    string? Period,
    decimal Elapsed,
    decimal? Progress,
    StatusCounts Status,
    int Projects,
    int Indicators,
    int Sites,
    IReadOnlyList<PublicCategory> Categories);

public sealed record PublicCategory(string Code, string Name, decimal? Progress, StatusCounts Status, IReadOnlyList<PublicProjectItem> Projects);

public sealed record PublicProjectItem(
    string Code,
    string Name,
    string? Lead,
    Status Status,
    Light Light,
    decimal? Progress,
    string? CompletedIn,
    IReadOnlyList<PublicFigure> Figures,
    string? LatestNote,
    int Sites);

/// <summary>A key figure of a project: an indicator's published cumulative actual against its annual target.</summary>
public sealed record PublicFigure(string Code, string Name, string? Unit, decimal Target, decimal Actual, decimal? Rate, Status Status, Light Light, string? CompletedIn);

public sealed record PublicProject(
    int PlanId,
    string PlanTitle,
    string? Period,
    string Code,
    string Name,
    string Category,
    string? Content,
    string? Lead,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Districts,
    decimal? Investment,
    decimal? InvestmentCompleted,
    PublicProjectItem Progress,
    IReadOnlyList<PublicSite> Sites,
    PublicRatings Ratings,
    IReadOnlyList<PublicFeedback> Feedback);

public sealed record PublicSite(int Id, string Name, string? District, string? Address, decimal Latitude, decimal Longitude);

public sealed record PublicRatings(int Count, decimal? Average);

/// <summary>An approved comment or suggestion and the lead unit's answer; the resident stays anonymous.</summary>
public sealed record PublicFeedback(long Id, string Kind, int? Rating, string Text, DateOnly Date, string? Answer);
