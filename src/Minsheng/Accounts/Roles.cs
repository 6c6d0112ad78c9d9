namespace Minsheng.Accounts;

/// <summary>Who works in Minsheng. Items are assigned to posts (a unit), not persons.</summary>
public static class Roles
{
    /// <summary>Supervision office (督查室): runs the programme.</summary>
    public const string Admin = "admin";
    public const string Staff = "staff";

    /// <summary>A unit's reporter: fills in the figures of the projects the unit leads.</summary>
    public const string Reporter = "reporter";

    /// <summary>A lead unit's reviewer: reviews the figures of the projects the unit leads.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>Leaders (a vice mayor) and deputies read everything.</summary>
    public const string Leader = "leader";
    public const string Deputy = "deputy";

    public static readonly string[] All = [Admin, Staff, Reporter, Reviewer, Leader, Deputy];
    public static readonly string[] Office = [Admin, Staff];
}

/// <summary>Named authorization policies: each endpoint group declares one.</summary>
public static class Policies
{
    /// <summary>Any signed-in account reads plans and their figures.</summary>
    public const string Read = "read";

    /// <summary>The office imports plans and manages problems.</summary>
    public const string Office = "office";

    /// <summary>The office and the units' reporters submit figures (reporters only for their own unit).</summary>
    public const string Report = "report";

    /// <summary>The office and the lead units' reviewers accept or return a unit's month (reviewers only for their own unit).</summary>
    public const string Review = "review";

    /// <summary>The office and the lead units work on projects: raise problems, answer residents, add photos (a unit only on those it leads).</summary>
    public const string WorkOnProjects = "work-on-projects";
}
