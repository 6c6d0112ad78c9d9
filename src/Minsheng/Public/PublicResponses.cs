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
    // 最新进展: the public text the office approved, never a unit's internal note.
    string? LatestProgress,
    int Sites,
    PublicPhoto? Photo,
    // The lead unit's month was not published with the month shown: its figures are last month's (未报送，沿用上月数据).
    bool CarriedForward);

/// <summary>
/// A key figure of a project: an indicator's published cumulative actual against its annual target, also
/// as the pages write them (TargetWritten, ActualWritten: at the indicator's precision, a milestone by its stage's name, without the unit).
/// </summary>
public sealed record PublicFigure(
    string Code, string Name, string? Unit, decimal Target, decimal Actual, decimal? Rate, Status Status, Light Light, string? CompletedIn,
    string TargetWritten, string ActualWritten);

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
    IReadOnlyList<PublicPhoto> Photos,
    PublicRatings Ratings,
    IReadOnlyList<PublicFeedback> Feedback);

public sealed record PublicSite(int Id, string Name, string? District, string? Address, decimal Latitude, decimal Longitude);

/// <summary>A photo of the project's work: the image for lists (480 px), the full one (1600 px), and what it shows.</summary>
public sealed record PublicPhoto(long Id, string Url, string SmallUrl, string? Caption, DateOnly? TakenOn, int Width, int Height, int? SiteId)
{
    /// <summary>The size of the image for lists, so that a page keeps its layout while images arrive.</summary>
    public (int Width, int Height) SmallSize()
    {
        var scale = Math.Min(1m, (decimal)Photos.PhotoImages.SmallSide / Math.Max(1, Math.Max(Width, Height)));
        return ((int)Math.Round(Width * scale), (int)Math.Round(Height * scale));
    }
}

public sealed record PublicRatings(int Count, decimal? Average);

/// <summary>An approved comment or suggestion and the lead unit's answer; the resident stays anonymous.</summary>
public sealed record PublicFeedback(long Id, string Kind, int? Rating, string Text, DateOnly Date, string? Answer);
