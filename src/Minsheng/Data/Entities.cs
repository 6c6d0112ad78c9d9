using Minsheng.Engine.Model;

namespace Minsheng.Data;

// EF entities. They are storage, never the API contract: responses are records mapped by hand.

public sealed class StoredPlan
{
    public int Id { get; set; }
    public required string Region { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public Curve Curve { get; set; }
    public decimal TolerancePoints { get; set; }
    public decimal RedPoints { get; set; }
    /// <summary>The plan's own escalation rules as "level:light:months;…", or null for the defaults.</summary>
    public string? Escalation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<StoredCategory> Categories { get; set; } = [];
    public List<StoredUnit> Units { get; set; } = [];
    public List<StoredDistrict> Districts { get; set; } = [];
}

public sealed class StoredCategory
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public List<StoredProject> Projects { get; set; } = [];
}

/// <summary>A responsible unit (department, district government) of a plan.</summary>
public sealed class StoredUnit
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Name { get; set; }
}

public sealed class StoredDistrict
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Name { get; set; }
}

public sealed class StoredProject
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public StoredPlan? Plan { get; set; }
    public int CategoryId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Content { get; set; }
    public int? LeadUnitId { get; set; }
    public StoredUnit? LeadUnit { get; set; }
    public decimal? Investment { get; set; }
    public decimal? FundsCity { get; set; }
    public decimal? FundsDistrict { get; set; }
    public decimal? FundsOther { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
    public string? Address { get; set; }
    public int Position { get; set; }
    public List<StoredProjectUnit> Units { get; set; } = [];
    public List<StoredProjectDistrict> Districts { get; set; } = [];
    public List<StoredIndicator> Indicators { get; set; } = [];
}

public sealed class StoredProjectUnit
{
    public int ProjectId { get; set; }
    public int UnitId { get; set; }
    public StoredUnit? Unit { get; set; }
    public int Position { get; set; }
}

public sealed class StoredProjectDistrict
{
    public int ProjectId { get; set; }
    public int DistrictId { get; set; }
    public StoredDistrict? District { get; set; }
    public int Position { get; set; }
}

public sealed class StoredIndicator
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public StoredPlan? Plan { get; set; }
    public int ProjectId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public IndicatorKind Kind { get; set; }
    public decimal Target { get; set; }
    public string? Unit { get; set; }
    public Direction Direction { get; set; }
    public Curve? Curve { get; set; }
    /// <summary>Whether a figure must be a whole number: set from the unit on import, changed by the office.</summary>
    public bool WholeNumbers { get; set; }
    /// <summary>The code of the indicator of the same project this one is a part of (其中), or null.</summary>
    public string? Of { get; set; }
    /// <summary>Milestone stages in order, one per line.</summary>
    public string? Stages { get; set; }
    public int Position { get; set; }
    public List<StoredNode> Nodes { get; set; } = [];
    public List<StoredDistrictTarget> DistrictTargets { get; set; } = [];
}

public sealed class StoredNode
{
    public int IndicatorId { get; set; }
    public int Month { get; set; }
    public decimal Value { get; set; }
}

public sealed class StoredDistrictTarget
{
    public int IndicatorId { get; set; }
    public int DistrictId { get; set; }
    public StoredDistrict? District { get; set; }
    public decimal Target { get; set; }
    public int Position { get; set; }
}

/// <summary>
/// A cumulative figure reported for an indicator's month. Rows are history: a new report adds a
/// row and never overwrites; the latest row (highest Id) for a month and district counts.
/// </summary>
public sealed class StoredIndicatorReport
{
    public long Id { get; set; }
    /// <summary>Denormalised so that a plan's rows are read in order without a join.</summary>
    public int PlanId { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public int? DistrictId { get; set; }
    public decimal Actual { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>The submission the row came with; null for figures imported with a plan document, which count as published.</summary>
    public long? SubmissionId { get; set; }
    public StoredSubmission? Submission { get; set; }
}

/// <summary>Cumulative investment and funds used by a project up to a month; history like the indicator reports.</summary>
public sealed class StoredProjectReport
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int ProjectId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public decimal? Investment { get; set; }
    public decimal? FundsCity { get; set; }
    public decimal? FundsDistrict { get; set; }
    public decimal? FundsOther { get; set; }
    /// <summary>The unit's note to its reviewers (说明): internal, never shown to the public.</summary>
    public string? Note { get; set; }
    /// <summary>存在问题 of the month, as the unit reports them: internal.</summary>
    public string? Problems { get; set; }
    /// <summary>下步措施 of the month: internal.</summary>
    public string? NextSteps { get; set; }
    /// <summary>公开进展 the unit proposes for residents; shown only once the office approves it.</summary>
    public string? PublicProgress { get; set; }
    /// <summary>The public text as the office approved it when verifying (edited or as proposed): the only text residents see as 最新进展.</summary>
    public string? ApprovedPublicProgress { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    /// <summary>The submission the row came with; null for figures imported with a plan document, which count as published.</summary>
    public long? SubmissionId { get; set; }
    public StoredSubmission? Submission { get; set; }
}

public enum ProblemType { Funds, LandAndApprovals, Policy, Coordination, Planning, Other }

public enum ProblemStatus { Open, Resolved }

/// <summary>存在问题: an obstacle on a project, followed until it is resolved.</summary>
public sealed class StoredProblem
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public ProblemType Type { get; set; }
    public required string Description { get; set; }
    public string? Measures { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Deadline { get; set; }
    public ProblemStatus Status { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
