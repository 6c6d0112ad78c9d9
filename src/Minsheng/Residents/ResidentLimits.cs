using System.Threading.RateLimiting;

namespace Minsheng.Residents;

/// <summary>How much one phone and one client address may ask of the portal (Portal:Limits in settings).</summary>
public sealed class ResidentLimits
{
    public const string Policy = "residents";

    /// <summary>Posts (codes, feedback, follows) from one client address per minute.</summary>
    public int PostsPerAddressPerMinute { get; set; } = 30;

    public int SecondsBetweenCodes { get; set; } = 60;

    public int CodesPerPhonePerDay { get; set; } = 5;

    public int CodesPerAddressPerHour { get; set; } = 20;

    public int FeedbackPerPhonePerDay { get; set; } = 5;

    public int CodeMinutes { get; set; } = 5;

    public int WrongCodesAllowed { get; set; } = 5;

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

public static class ResidentsSetup
{
    public static IServiceCollection AddResidents(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("Portal:Limits").Get<ResidentLimits>() ?? new ResidentLimits();
        services.AddSingleton(limits);
        services.AddSingleton<ISmsSender, LoggingSmsSender>();
        services.AddScoped<ResidentActions>();
        services.AddScoped<PublicationNotice>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ResidentLimits.Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                ResidentLimits.ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PostsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
