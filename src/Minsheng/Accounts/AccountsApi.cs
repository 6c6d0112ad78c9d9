using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Minsheng.Api;
using Minsheng.Data;

namespace Minsheng.Accounts;

public sealed record LoginRequest(string? UserName, string? Password);

/// <summary>MustChangePassword: the account works only after POST /api/account/password.</summary>
public sealed record AccountResponse(string UserName, string? DisplayName, string? Unit, IReadOnlyList<string> Roles, bool MustChangePassword = false);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>A refused sign-in as the office reads it: the name as typed (lower case, cut to 64 characters) and where from.</summary>
public sealed record SignInFailureResponse(DateTimeOffset At, string UserName, string ClientAddress, string Reason);

public static class AccountsApi
{
    public const int FailuresListed = 200;

    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/account").WithTags("Accounts").WithBodyChecks();

        group.MapPost("/login", Login).AllowAnonymous()
            .WithSummary("Sign in; after five failures one address waits 1 s, 2 s, 4 s ... up to 15 minutes for that account (429).");
        group.MapPost("/logout", Logout).RequireAuthorization(Policies.Read).WithSummary("Sign out: ends every session of the account.");
        group.MapGet("/me", Me).RequireAuthorization(Policies.Read).WithSummary("The signed-in account, its unit and roles.");
        group.MapPost("/password", ChangePassword).RequireAuthorization(Policies.Read)
            .WithSummary("Change the signed-in account's password; ends its other sessions; required first for a one-time password.");

        var office = routes.MapGroup("/api/accounts").WithTags("Accounts").RequireAuthorization(Policies.Office);
        office.MapPost("/{userName}/sessions/end", EndSessions).WithSummary("End every session of an account at once.");
        office.MapGet("/sign-in-failures", SignInFailures).WithSummary($"The latest refused sign-ins (at most {FailuresListed}), newest first.");

        return group;
    }

    private static async Task<Results<Ok<AccountResponse>, ProblemHttpResult>> Login(
        LoginRequest request, HttpContext context, SigningIn signingIn, UserManager<MinshengUser> users)
    {
        var outcome = await signingIn.SignInAsync(context, request.UserName, request.Password);
        if (outcome.User is { } user) return TypedResults.Ok(await ToResponseAsync(user, users));
        if (!outcome.Throttled)
        {
            return TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status401Unauthorized, title: AccountText.Get("SignInRefusedTitle"));
        }
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(outcome.Wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status429TooManyRequests, title: AccountText.Get("SignInThrottledTitle"));
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

    private static async Task<NoContent> Logout(HttpContext context, UserManager<MinshengUser> users, SignInManager<MinshengUser> signIn)
    {
        await Sessions.SignOutEverywhereAsync(context, users, signIn);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccountResponse>, UnauthorizedHttpResult>> Me(HttpContext context, UserManager<MinshengUser> users)
    {
        if (await users.GetUserAsync(context.User) is not { } user) return TypedResults.Unauthorized();
        return TypedResults.Ok(await ToResponseAsync(user, users));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EndSessions(string userName, UserManager<MinshengUser> users)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return TypedResults.Problem(AccountText.Get("NoSuchAccount", userName), statusCode: StatusCodes.Status404NotFound, title: AccountText.Get("NoSuchAccountTitle"));
        }
        await Sessions.EndAllAsync(users, user);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<SignInFailureResponse>>> SignInFailures(MinshengDb db, CancellationToken cancellationToken)
    {
        var failures = await db.SignInFailures.AsNoTracking().OrderByDescending(f => f.Id).Take(FailuresListed).ToListAsync(cancellationToken);
        return TypedResults.Ok(failures.Select(f => new SignInFailureResponse(f.At, f.UserName, f.ClientAddress, f.Reason.ToString())).ToList());
    }
}
