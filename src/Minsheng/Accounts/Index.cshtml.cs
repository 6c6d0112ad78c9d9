using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Accounts;

/// <summary>The office's page on accounts: who may sign in, ending an account's sessions, and the refused sign-ins.</summary>
public sealed class IndexModel(MinshengDb db, UserManager<MinshengUser> users) : PageModel
{
    public IReadOnlyList<AccountLine> Accounts { get; private set; } = [];

    public IReadOnlyList<SignInFailure> Failures { get; private set; } = [];

    /// <summary>The account whose sessions were just ended, for the page's confirmation.</summary>
    [TempData] public string? Ended { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var roles = await (
            from link in db.UserRoles
            join role in db.Roles on link.RoleId equals role.Id
            select new { link.UserId, role.Name }).ToListAsync(cancellationToken);
        var rolesOf = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        var accounts = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        Accounts = accounts.Select(u => new AccountLine(u.UserName ?? "", u.DisplayName, u.Unit, [.. rolesOf[u.Id].Order()], u.MustChangePassword)).ToList();
        Failures = await db.SignInFailures.AsNoTracking().OrderByDescending(f => f.Id).Take(AccountsApi.FailuresListed).ToListAsync(cancellationToken);
    }

    /// <summary>Ends every session of the account at once, the office's own included when it names itself.</summary>
    public async Task<IActionResult> OnPostEndSessionsAsync(string? userName)
    {
        if (string.IsNullOrEmpty(userName) || await users.FindByNameAsync(userName) is not { } user) return NotFound();
        await Sessions.EndAllAsync(users, user);
        Ended = user.UserName;
        return RedirectToPage();
    }
}

/// <summary>An account as the office sees it; never its password or stamp.</summary>
public sealed record AccountLine(string UserName, string? DisplayName, string? Unit, IReadOnlyList<string> Roles, bool MustChangePassword);
