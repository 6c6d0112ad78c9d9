using Microsoft.AspNetCore.Identity;
using Minsheng.Data;
using Minsheng.Residents;

namespace Minsheng.Accounts;

/// <summary>How a sign-in ended: signed in, refused (the same for an unknown name and a wrong password), or too many tries from here.</summary>
public sealed record SignInOutcome(MinshengUser? User, TimeSpan Wait)
{
    public bool Throttled => Wait > TimeSpan.Zero;

    /// <summary>The message for a refused sign-in, in the users' language.</summary>
    public string Message => !Throttled ? AccountText.Get("SignInRefused")
        : Wait < TimeSpan.FromMinutes(2) ? AccountText.Get("SignInThrottledSeconds", (int)Math.Ceiling(Wait.TotalSeconds))
        : AccountText.Get("SignInThrottledMinutes", (int)Math.Ceiling(Wait.TotalMinutes));
}

/// <summary>
/// Signing in, for the page and the API alike. An unknown name costs the same password hashing as a wrong password,
/// so that neither the answer nor its time tells which names exist. Identity's account lockout is off: the throttle
/// slows the guesser's address instead of locking the owner out.
/// </summary>
public sealed class SigningIn(SignInManager<MinshengUser> signIn, UserManager<MinshengUser> users, SignInThrottle throttle)
{
    private static string? _unknownsHash;

    public async Task<SignInOutcome> SignInAsync(HttpContext context, string? userName, string? password)
    {
        var cancellationToken = context.RequestAborted;
        var (attempt, wait) = await throttle.BeginAsync(userName ?? "", ResidentLimits.ClientAddress(context), cancellationToken);
        if (wait > TimeSpan.Zero)
        {
            await throttle.FailedAsync(attempt, SignInFailureReason.Throttled, cancellationToken);
            return new SignInOutcome(null, wait);
        }

        // No account has a longer name: no need to send a megabyte of one to the database.
        var user = string.IsNullOrWhiteSpace(userName) || userName.Length > 256 ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            _unknownsHash ??= users.PasswordHasher.HashPassword(new MinshengUser(), Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(new MinshengUser(), _unknownsHash, password ?? "");
            await throttle.FailedAsync(attempt, SignInFailureReason.UnknownName, cancellationToken);
            return new SignInOutcome(null, TimeSpan.Zero);
        }
        var result = await signIn.PasswordSignInAsync(user, password ?? "", isPersistent: false, lockoutOnFailure: false);
        if (!result.Succeeded)
        {
            await throttle.FailedAsync(attempt, SignInFailureReason.WrongPassword, cancellationToken);
            return new SignInOutcome(null, TimeSpan.Zero);
        }
        await throttle.SucceededAsync(attempt, cancellationToken);
        return new SignInOutcome(user, TimeSpan.Zero);
    }
}
