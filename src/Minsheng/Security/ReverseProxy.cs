using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Minsheng.Security;

/// <summary>
/// The proxies in front of the app (ReverseProxy:KnownProxies, addresses, and ReverseProxy:KnownNetworks, CIDR
/// ranges), empty by default. Only a request from one of them has its X-Forwarded-For (the client's address, which
/// the rate limits count) and X-Forwarded-Proto (HTTPS, which makes cookies Secure) believed; anyone else could
/// send those headers to pass for another address.
/// </summary>
public sealed class ReverseProxySettings
{
    public const string Section = "ReverseProxy";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row the request went through.</summary>
    public int ForwardLimit { get; set; } = 1;
}

public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(ReverseProxySettings.Section).Get<ReverseProxySettings>() ?? new ReverseProxySettings();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no known proxy the middleware would believe anyone: then it reads no header at all.
            var trusted = settings.KnownProxies.Length > 0 || settings.KnownNetworks.Length > 0;
            options.ForwardedHeaders = trusted ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            options.ForwardLimit = settings.ForwardLimit;
            // The framework trusts loopback by default; here nothing is trusted unless the settings say so.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
                options.KnownProxies.Add(IPAddress.TryParse(proxy.Trim(), out var address) ? address : throw Invalid("KnownProxies", proxy));
            foreach (var network in settings.KnownNetworks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network.Trim(), out var range) ? range : throw Invalid("KnownNetworks", network));
        });
        return services;
    }

    private static InvalidOperationException Invalid(string setting, string text) =>
        new($"{ReverseProxySettings.Section}:{setting}: '{text}' is not an IP address or network.");
}
