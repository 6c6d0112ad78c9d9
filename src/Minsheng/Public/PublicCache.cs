using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

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
            // Compressed inside the cache (UsePublicCompression): one entry per encoding, each compressed once.
            .SetVaryByHeader(HeaderNames.AcceptEncoding)
            .Tag(Tag)));
        services.AddResponseCompression(options =>
        {
            // Only what the cache serves to everyone is compressed, so HTTPS is safe: no secret or personal data
            // sits beside a visitor's input in these answers (BREACH needs both).
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "application/json", "application/geo+json", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>
    /// What the output cache serves (the portal's pages and JSON; nothing else is cached) goes out compressed: a
    /// programme page is 78 KB of HTML and 9 KB in Brotli, a second less on a slow phone network. Open data is left
    /// as it is: its downloads carry a strong ETag of their own bytes.
    /// </summary>
    public static IApplicationBuilder UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(IsCompressed, branch => branch.UseResponseCompression());

    private static bool IsCompressed(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/open")
        && context.GetEndpoint()?.Metadata is { } metadata
        // Pages name the policy by attribute; endpoint groups carry it as a policy object.
        && (metadata.GetMetadata<OutputCacheAttribute>() is not null || metadata.GetMetadata<IOutputCachePolicy>() is not null);

    public static Task EvictAsync(IOutputCacheStore cache, CancellationToken cancellationToken) =>
        cache.EvictByTagAsync(Tag, cancellationToken).AsTask();
}
