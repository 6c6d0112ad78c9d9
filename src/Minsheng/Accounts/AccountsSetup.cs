using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Minsheng.Data;

namespace Minsheng.Accounts;

public static class AccountsSetup
{
    public const string UnitClaim = "minsheng:unit";

    public const string MustChangePasswordClaim = "minsheng:must-change-password";

    public const string DisplayNameClaim = "minsheng:display-name";

    public const int MinimumPasswordLength = 10;

    public static IServiceCollection AddMinshengAccounts(this IServiceCollection services)
    {
        services.AddIdentity<MinshengUser, IdentityRole>(options =>
            {
                // Locking an account after wrong passwords lets anyone lock the office out: SignInThrottle slows the guesser instead.
                options.Lockout.AllowedForNewUsers = false;
                options.Password.RequiredLength = MinimumPasswordLength;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<MinshengDb>()
            .AddClaimsPrincipalFactory<UnitClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<ISecurityStampValidator, StampCheckedOnEveryRequest>();
        services.AddScoped<SignInThrottle>();
        services.AddScoped<SigningIn>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "minsheng";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the site is served over HTTPS, as it is in production behind its proxy.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/login";
            // The API answers 401 and 403; only pages redirect to the login page.
            cookie.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
            // Signed in but not allowed: a 403 on pages too; the sign-in page would not help.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Read, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(Policies.Office, policy => policy.RequireRole(Roles.Office))
            .AddPolicy(Policies.Report, policy => policy.RequireRole(Roles.Admin, Roles.Staff, Roles.Reporter))
            .AddPolicy(Policies.Review, policy => policy.RequireRole(Roles.Admin, Roles.Staff, Roles.Reviewer))
            .AddPolicy(Policies.WorkOnProjects, policy => policy.RequireRole(Roles.Admin, Roles.Staff, Roles.Reviewer, Roles.Reporter));
        return services;
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api")) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The signed-in principal carries the account's unit, so that scoping needs no lookup.</summary>
    private sealed class UnitClaimsFactory(UserManager<MinshengUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
        : UserClaimsPrincipalFactory<MinshengUser, IdentityRole>(users, roles, options)
    {
        protected override async Task<ClaimsIdentity> GenerateClaimsAsync(MinshengUser user)
        {
            var identity = await base.GenerateClaimsAsync(user);
            if (user.Unit is { } unit) identity.AddClaim(new Claim(UnitClaim, unit));
            if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
            if (user.MustChangePassword) identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
            return identity;
        }
    }
}

public static class UserExtensions
{
    public static string? Unit(this ClaimsPrincipal user) => user.FindFirstValue(AccountsSetup.UnitClaim);

    public static bool MustChangePassword(this ClaimsPrincipal user) => user.HasClaim(AccountsSetup.MustChangePasswordClaim, "true");

    /// <summary>The person as the pages name them: the display name, or the login name of an account without one.</summary>
    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(AccountsSetup.DisplayNameClaim) ?? user.Identity?.Name;

    public static bool IsOffice(this ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Staff);

    /// <summary>The office works on every project; a unit's reporter and reviewer on those their unit leads (problems, photos).</summary>
    public static bool WorksOn(this ClaimsPrincipal user, string? leadUnit) =>
        user.IsOffice() || (leadUnit is not null && user.Unit() == leadUnit && (user.IsInRole(Roles.Reporter) || user.IsInRole(Roles.Reviewer)));

    /// <summary>The office reports for anyone; a unit's reporter only on the projects its unit leads.</summary>
    public static bool CanReportFor(this ClaimsPrincipal user, string? leadUnit) =>
        user.IsOffice() || (user.IsInRole(Roles.Reporter) && leadUnit is not null && user.Unit() == leadUnit);

    /// <summary>The office reviews for anyone; a lead unit's reviewer only its own unit's months.</summary>
    public static bool CanReviewFor(this ClaimsPrincipal user, string? leadUnit) =>
        user.IsOffice() || (user.IsInRole(Roles.Reviewer) && leadUnit is not null && user.Unit() == leadUnit);

    /// <summary>Figures not yet published are seen by the office, leaders, and the unit whose figures they are.</summary>
    public static bool SeesUnpublishedOf(this ClaimsPrincipal user, string? unit) =>
        user.IsOffice() || user.IsInRole(Roles.Leader) || (unit is not null && user.Unit() == unit);
}
