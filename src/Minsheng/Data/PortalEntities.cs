namespace Minsheng.Data;

/// <summary>A place where a project is carried out (点位): what the public map shows and a 民生码 opens.</summary>
public sealed class StoredSite
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int ProjectId { get; set; }
    public required string Name { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public decimal Latitude { get; set; }
    public decimal Longitude { get; set; }
    public int Position { get; set; }
}

/// <summary>District outlines (GeoJSON) the office uploads, drawn on the map when no tile source is set.</summary>
public sealed class StoredMapOutline
{
    public int PlanId { get; set; }
    public required string GeoJson { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

public enum FeedbackKind { Comment, Suggestion, Objection }

public enum FeedbackState { Pending, Approved, Rejected }

/// <summary>
/// What a resident said about a project, from a verified phone: a rating with a comment or suggestion,
/// or an objection to a published month's figure. Nothing is shown before the office approves it.
/// </summary>
public sealed class StoredFeedback
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int ProjectId { get; set; }
    public int? SiteId { get; set; }
    public FeedbackKind Kind { get; set; }
    public int? Rating { get; set; }
    public required string Text { get; set; }
    /// <summary>For an objection: the published month objected to, and optionally the indicator.</summary>
    public int? Year { get; set; }
    public int? Month { get; set; }
    public string? Indicator { get; set; }
    public required string Phone { get; set; }
    public string? ClientAddress { get; set; }
    public FeedbackState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? ModeratedBy { get; set; }
    public DateTimeOffset? ModeratedAt { get; set; }
    /// <summary>The lead unit's public answer.</summary>
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
}

/// <summary>
/// The live code of one phone: one row per phone, replaced by each new code, so that issuing and
/// guessing are single conditional UPDATEs on it (safe under parallel requests and several nodes).
/// Only the code's hash is kept.
/// </summary>
public sealed class StoredPhoneCode
{
    public required string Phone { get; set; }
    public required string CodeHash { get; set; }
    public string? ClientAddress { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public int FailedAttempts { get; set; }
    /// <summary>Set by the code's first successful use: one code, one action.</summary>
    public bool Spent { get; set; }
    /// <summary>The start of the 24 hours the phone's codes are counted in, and how many were sent in them.</summary>
    public DateTimeOffset WindowStartedAt { get; set; }
    public int CodesInWindow { get; set; }
}

/// <summary>A resident following a project, told by message when a month is published for it or it is completed.</summary>
public sealed class StoredFollower
{
    public long Id { get; set; }
    public int ProjectId { get; set; }
    public required string Phone { get; set; }
    public DateTimeOffset FollowedAt { get; set; }
    /// <summary>Whether the completion has been told, so that it is told once.</summary>
    public bool ToldCompleted { get; set; }
}
