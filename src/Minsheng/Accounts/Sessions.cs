using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Minsheng.Data;

namespace Minsheng.Accounts;

/// <summary>
/// A session lives only as long as the account's security stamp it was signed in with. A password change, a sign-out
/// or the office's "end sessions" renews the stamp, and every cookie issued before is refused on its next request,
/// on every node, copied or not.
/// </summary>
public static class Sessions
{
    /// <summary>Ends every session of the account, the current one included, at once.</summary>
    public static Task EndAllAsync(UserManager<MinshengUser> users, MinshengUser user) => users.UpdateSecurityStampAsync(user);

    /// <summary>Signs the account out here and everywhere else.</summary>
    public static async Task SignOutEverywhereAsync(HttpContext context, UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn)
    {
        if (await users.GetUserAsync(context.User) is { } user) await EndAllAsync(users, user);
        await signIn.SignOutAsync();
    }
}

/// <summary>
/// Identity's own validator checks the stamp only every 30 minutes and then rebuilds the whole principal (roles, claims)
/// and reissues the cookie. This one checks on every request with one lookup by primary key and changes nothing else;
/// not cached, since a cache on one node would not hear of a sign-out on another.
/// </summary>
internal sealed class StampCheckedOnEveryRequest(MinshengDb db, IOptions<IdentityOptions> options) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claims = options.Value.ClaimsIdentity;
        var id = context.Principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal?.FindFirstValue(claims.SecurityStampClaimType);
        var current = id is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (current is not null && current == stamp) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
