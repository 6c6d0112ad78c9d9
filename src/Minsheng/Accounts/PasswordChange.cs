using Microsoft.AspNetCore.Identity;

namespace Minsheng.Accounts;

/// <summary>
/// An account with a handed-out password (the first administrator's one-time password) does
/// nothing else until its owner has chosen a password of their own.
/// </summary>
public static class PasswordChange
{
    public const string PagePath = "/account/password";

    public static IApplicationBuilder UseForcedPasswordChange(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments(PagePath) || path.StartsWithSegments("/api/account") || path.StartsWithSegments("/logout")
            || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib");
        if (exempt || !context.User.MustChangePassword())
        {
            await next(context);
            return;
        }
        if (path.StartsWithSegments("/api"))
        {
            await Results.Problem("Change the one-time password first: POST /api/account/password.", statusCode: StatusCodes.Status403Forbidden,
                title: "Password change required").ExecuteAsync(context);
            return;
        }
        context.Response.Redirect(PagePath);
    });

    /// <summary>Changes the password, clears the requirement and renews the sign-in; the errors in the users' language otherwise.</summary>
    public static async Task<IReadOnlyList<string>> ChangeAsync(
        UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn, MinshengUser user, string? current, string? next)
    {
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(next)) return [AccountText.Get("PasswordMissing")];
        if (next == current) return [AccountText.Get("PasswordSame")];
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded) return result.Errors.Select(e => AccountText.Describe(e)).ToList();
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return [];
    }
}
