using Microsoft.AspNetCore.OutputCaching;

namespace Minsheng.Public;

/// <summary>
/// Public pages and endpoints are served from memory under a press-conference rush; everything cached
/// carries one tag, evicted whenever what the public sees changes (a month published, a site, feedback approved).
/// </summary>
public static class PublicCache
{
    public const string Policy = "public";

    public const string Tag = "public";

    /// <summary>Pages, JSON and open data are asked for again each time, so that a resident sees an approved comment or a new month at once; the server answers from memory.</summary>
    public const string PageCacheControl = "public, no-cache";

    /// <summary>民生码, which change only with the portal's address, are kept a day by browsers, proxies and print shops.</summary>
    public const string CodeCacheControl = "public, max-age=86400";

    public static IServiceCollection AddPublicCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(Policy, policy => policy
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByQuery("*")
            .Tag(Tag)));
        return services;
    }

    public static Task EvictAsync(IOutputCacheStore cache, CancellationToken cancellationToken) =>
        cache.EvictByTagAsync(Tag, cancellationToken).AsTask();
}
