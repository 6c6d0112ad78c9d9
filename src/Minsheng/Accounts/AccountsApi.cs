using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Minsheng.Accounts;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>MustChangePassword: the account works only after POST /api/account/password.</summary>
public sealed record AccountResponse(string UserName, string? DisplayName, string? Unit, IReadOnlyList<string> Roles, bool MustChangePassword = false);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Accounts");

        group.MapPost("/login", Login).AllowAnonymous().WithSummary("Sign in; five wrong passwords lock the account for 15 minutes.");
        group.MapPost("/logout", Logout).RequireAuthorization(Policies.Read).WithSummary("Sign out.");
        group.MapGet("/me", Me).RequireAuthorization(Policies.Read).WithSummary("The signed-in account, its unit and roles.");
        group.MapPost("/password", ChangePassword).RequireAuthorization(Policies.Read).WithSummary("Change the signed-in account's password; required first for a one-time password.");

        return group;
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> Login(
        LoginRequest request, SignInManager<MinshengUser> signIn, UserManager<MinshengUser> users)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await users.FindByNameAsync(request.UserName.Trim());
        if (user is null || string.IsNullOrEmpty(request.Password)) return WrongPassword();

        var result = await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return TypedResults.Problem("Too many wrong passwords: the account is locked for 15 minutes.", statusCode: StatusCodes.Status403Forbidden, title: "Locked out");
        }
        if (!result.Succeeded) return WrongPassword();
        return TypedResults.Ok(await ToResponseAsync(user, users));
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePassword(
        ChangePasswordRequest request, HttpContext context, UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn)
    {
        if (await users.GetUserAsync(context.User) is not { } user) return TypedResults.Unauthorized();
        var errors = await PasswordChange.ChangeAsync(users, signIn, user, request.CurrentPassword, request.NewPassword);
        return errors.Count == 0 ? TypedResults.NoContent() : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["newPassword"] = [.. errors] });
    }

    private static async Task<AccountResponse> ToResponseAsync(MinshengUser user, UserManager<MinshengUser> users) =>
        new(user.UserName!, user.DisplayName, user.Unit, (await users.GetRolesAsync(user)).ToList(), user.MustChangePassword);

    private static ProblemHttpResult WrongPassword() =>
        TypedResults.Problem("The user name or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");

    private static async Task<NoContent> Logout(SignInManager<MinshengUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccountResponse>, UnauthorizedHttpResult>> Me(HttpContext context, UserManager<MinshengUser> users)
    {
        if (await users.GetUserAsync(context.User) is not { } user) return TypedResults.Unauthorized();
        return TypedResults.Ok(await ToResponseAsync(user, users));
    }
}
