using Microsoft.EntityFrameworkCore;
using Minsheng.Data;

namespace Minsheng.Accounts;

/// <summary>
/// People as the pages name them: an account's display name with its unit (王科长（督查室）), not its login
/// name. Records keep the login name, which stays unique; a name that is no account's (督办规则, a name a
/// unit typed) reads as it is.
/// </summary>
public sealed class PeopleNames(IReadOnlyDictionary<string, string> names)
{
    public static async Task<PeopleNames> LoadAsync(MinshengDb db, IEnumerable<string?> userNames, CancellationToken cancellationToken)
    {
        var wanted = userNames.OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.DisplayName, u.Unit }).ToListAsync(cancellationToken);
        return new PeopleNames(users.ToDictionary(u => u.UserName!, u => Shown(u.UserName!, u.DisplayName, u.Unit), StringComparer.Ordinal));
    }

    public string? Of(string? by) => by is null ? null : names.GetValueOrDefault(by, by);

    private static string Shown(string userName, string? displayName, string? unit)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim();
        return unit is null || name.Contains(unit, StringComparison.Ordinal) ? name : $"{name}（{unit}）";
    }
}
