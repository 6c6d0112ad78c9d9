namespace Minsheng.Security;

public static class SecuritySetup
{
    /// <summary>Forwarded headers from the configured proxies only, and HSTS for a year once served over HTTPS.</summary>
    public static IServiceCollection AddMinshengSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReverseProxy(configuration);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>First in the pipeline: the client's address and scheme as the proxy saw them, then the headers of every response.</summary>
    public static WebApplication UseMinshengSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseSecurityHeaders(app.Configuration);
        return app;
    }
}
