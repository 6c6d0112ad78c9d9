namespace Minsheng.Residents;

/// <summary>A rating (1-5) with a comment, or a suggestion; Site when it was given at a site's 民生码.</summary>
public sealed record FeedbackRequest(string? Phone, string? Code, string? Kind, int? Rating, string? Text, int? Site = null);

/// <summary>An objection to a published month's figure of the project (Period "2024-10"), within 7 days of its publication.</summary>
public sealed record ObjectionRequest(string? Phone, string? Code, string? Period, string? Indicator, string? Text);

public sealed record FollowRequest(string? Phone, string? Code);

public sealed record PhoneCodeRequest(string? Phone);

/// <summary>What came of a resident's request: stored (its id), refused with errors naming the fields, or over a limit.</summary>
public sealed record ResidentOutcome(long? Id = null, Dictionary<string, string[]>? Errors = null, bool NotFound = false, bool TooMany = false);
