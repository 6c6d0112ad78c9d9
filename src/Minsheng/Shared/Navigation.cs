using System.Security.Claims;
using Minsheng.Accounts;

namespace Minsheng.Shared;

/// <summary>The internal pages' menu: what each role sees, and which entry the current page belongs to.</summary>
public static class Navigation
{
    /// <summary>A page of the menu; work pages (reporting, review, imports, sites, feedback) fold into one menu when a role has several.</summary>
    public sealed record Entry(string Href, string Text, string Icon, Func<ClaimsPrincipal, bool> Shows, bool Work = false);

    private static bool Everyone(ClaimsPrincipal _) => true;

    private static bool Reports(ClaimsPrincipal user) => user.IsInRole(Roles.Reporter) || user.IsOffice();

    private static bool Reviews(ClaimsPrincipal user) => user.IsInRole(Roles.Reviewer) || user.IsOffice();

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("/", "Dashboard", "bi-speedometer2", Everyone),
        new("/projects", "ProjectList", "bi-list-check", Everyone),
        new("/rankings", "Rankings", "bi-bar-chart-steps", Everyone),
        new("/problems", "Problems", "bi-exclamation-triangle", Everyone),
        new("/supervision", "Supervision", "bi-megaphone", Everyone),
        new("/documents/bulletin", "Documents", "bi-file-earmark-text", Everyone),
        new("/report", "ReportMonth", "bi-pencil-square", Reports, Work: true),
        new("/review", "Review", "bi-clipboard-check", Reviews, Work: true),
        new("/imports", "ImportList", "bi-upload", user => user.IsOffice(), Work: true),
        new("/sites", "Sites", "bi-geo-alt", user => user.IsOffice(), Work: true),
        new("/feedback", "Feedback", "bi-chat-left-text", user => user.IsOffice(), Work: true),
        new("/accounts", "Accounts", "bi-shield-lock", user => user.IsOffice(), Work: true),
        new("/public", "PublicPortal", "bi-globe2", Everyone),
    ];

    /// <summary>The work pages a person sees folded into one menu when there are more than two of them.</summary>
    public static bool FoldsWork(IEnumerable<Entry> shown) => shown.Count(e => e.Work) > 2;

    /// <summary>The entry a path falls under: the longest matching prefix, so /plans/1/projects/01-01 is under the project list.</summary>
    public static Entry? Current(string path)
    {
        // A project page and the indicator list belong to the project list.
        if (path.StartsWith("/plans/", StringComparison.Ordinal) || path == "/indicators") return Entries.Single(e => e.Href == "/projects");
        return Entries.Where(e => e.Href == "/" ? path == "/" : path == e.Href || path.StartsWith(e.Href + "/", StringComparison.Ordinal))
            .MaxBy(e => e.Href.Length);
    }
}
