namespace Minsheng.Data;

/// <summary>Where a unit's month stands in the reporting chain: unit → lead unit → office → public.</summary>
public enum SubmissionState { Submitted, Returned, Accepted, Verified, Published }

public enum SubmissionAction { Submitted, Returned, Accepted, Verified, Published }

/// <summary>
/// A unit's month of figures on its way through the chain. Its report rows count for everyone only
/// once it is published; a change after publication is a new submission (a version) with a reason.
/// </summary>
public sealed class StoredSubmission
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    /// <summary>The lead unit whose projects' figures these are; null for projects without a lead unit.</summary>
    public string? Unit { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    /// <summary>1 for the month's first submission, 2 and up for corrections after publication.</summary>
    public int Version { get; set; }
    public SubmissionState State { get; set; }
    /// <summary>Why a published month is corrected; required from version 2.</summary>
    public string? Reason { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public List<StoredSubmissionEvent> Events { get; set; } = [];
}

/// <summary>A step of a submission: who did what when, and why for a return.</summary>
public sealed class StoredSubmissionEvent
{
    public long Id { get; set; }
    public long SubmissionId { get; set; }
    public SubmissionAction Action { get; set; }
    public string? By { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The office published a month of a plan: what was verified by then became public.</summary>
public sealed class StoredPublication
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public int Submissions { get; set; }
    /// <summary>Lead units with no month verified at publication, whose figures were carried forward; one a line.</summary>
    public string? NotReported { get; set; }
    /// <summary>Lead units whose month was still on its way (submitted, returned or accepted) at publication; one a line.</summary>
    public string? NotVerified { get; set; }
    /// <summary>Why the office published with those gaps: required when there were any.</summary>
    public string? GapsReason { get; set; }
}
