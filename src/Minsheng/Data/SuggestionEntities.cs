namespace Minsheng.Data;

/// <summary>Where a suggestion came from: the portal, or a channel whose suggestions the staff enter.</summary>
public enum SuggestionChannel { Portal, Hotline, Letter, Deputy, Department, Other }

/// <summary>
/// A call for suggestions (项目征集) for a programme year: the days it is open to residents on the portal. Staff may
/// enter suggestions from other channels at any time.
/// </summary>
public sealed class StoredSuggestionCall
{
    public int Id { get; set; }
    public required string Region { get; set; }
    /// <summary>The programme year the suggestions are for (suggestions of September 2026 are for 2027).</summary>
    public int Year { get; set; }
    public DateOnly OpensOn { get; set; }
    public DateOnly ClosesOn { get; set; }
    public required string SetBy { get; set; }
    public DateTimeOffset SetAt { get; set; }
}

/// <summary>One suggestion, as its author gave it: kept as written whatever proposal it is later merged into.</summary>
public sealed class StoredSuggestion
{
    public long Id { get; set; }
    public int CallId { get; set; }
    public SuggestionChannel Channel { get; set; }
    /// <summary>The need, in a few words (幸福路小学门口缺红绿灯).</summary>
    public required string Need { get; set; }
    public string? Place { get; set; }
    /// <summary>What should be done.</summary>
    public required string Content { get; set; }
    public string? Category { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
    /// <summary>The resident's verified phone (portal), never shown whole outside the office.</summary>
    public string? Phone { get; set; }
    /// <summary>Who suggested it through another channel: a deputy, a department, a caller's name as the staff took it.</summary>
    public string? Author { get; set; }
    /// <summary>The staff account that entered it, for a channel other than the portal.</summary>
    public string? EnteredBy { get; set; }
    public string? ClientAddress { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
