namespace Minsheng.Data;

public enum EscalationStatus { Open, Closed }

public enum EscalationAction { Raised, Escalated, Closed }

/// <summary>
/// 督办: a project put under supervision by the plan's escalation rules when a month was published,
/// raised to higher levels while it lags, and closed (销号) by the office with a note.
/// </summary>
public sealed class StoredEscalation
{
    public long Id { get; set; }
    public int PlanId { get; set; }
    public int ProjectId { get; set; }
    public int Level { get; set; }
    /// <summary>The month of the figures that first raised it.</summary>
    public int Year { get; set; }
    public int Month { get; set; }
    public EscalationStatus Status { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public List<StoredEscalationEvent> Events { get; set; } = [];
}

public sealed class StoredEscalationEvent
{
    public long Id { get; set; }
    public long EscalationId { get; set; }
    public EscalationAction Action { get; set; }
    public int Level { get; set; }
    /// <summary>The month of the figures behind the step.</summary>
    public int Month { get; set; }
    public DateTimeOffset At { get; set; }
    public string? By { get; set; }
    public string? Note { get; set; }
}
