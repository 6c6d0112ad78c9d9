using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Minsheng.Accounts;

/// <summary>
/// The roles, and on a database without accounts an administrator whose one-time password is
/// printed once to the console; with the demo, one account per role (listed in the README).
/// </summary>
public static class AccountSeeding
{
    public const string DemoPassword = "Minsheng#2024";

    public static readonly (string UserName, string DisplayName, string Role, string? Unit)[] DemoAccounts =
    [
        ("office", "督查室 王科长", Roles.Staff, null),
        ("reporter", "市住房城乡建设局 填报员", Roles.Reporter, "市住房城乡建设局"),
        ("reviewer", "市住房城乡建设局 审核员", Roles.Reviewer, "市住房城乡建设局"),
        ("leader", "分管副市长", Roles.Leader, null),
        ("deputy", "人大代表", Roles.Deputy, null),
    ];

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    /// <summary>The first administrator, with a one-time password; null when accounts exist already.</summary>
    public static async Task<string?> CreateFirstAdminAsync(UserManager<MinshengUser> users)
    {
        if (users.Users.Any()) return null;
        // "Ms-" and a digit meet the password rules whatever the random part holds.
        var password = $"Ms-{Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y')}-{RandomNumberGenerator.GetInt32(10)}";
        var admin = new MinshengUser { UserName = "admin", DisplayName = "管理员", MustChangePassword = true };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Admin));
        return password;
    }

    public static async Task CreateDemoAccountsAsync(UserManager<MinshengUser> users)
    {
        foreach (var (userName, displayName, role, unit) in DemoAccounts)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var user = new MinshengUser { UserName = userName, DisplayName = displayName, Unit = unit };
            Check(await users.CreateAsync(user, DemoPassword));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
