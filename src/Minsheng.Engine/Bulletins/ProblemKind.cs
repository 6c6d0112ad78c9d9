namespace Minsheng.Engine.Bulletins;

/// <summary>The types of 存在问题: funds not in place, land and approvals, policy gaps, coordination, planning, other.</summary>
public enum ProblemKind { Funds, LandAndApprovals, Policy, Coordination, Planning, Other }

/// <summary>An open problem on a project, as the documents name it. Projects are referred to by code.</summary>
public sealed record OpenProblem(string Project, ProblemKind Kind, string Description, string? Measures = null);
