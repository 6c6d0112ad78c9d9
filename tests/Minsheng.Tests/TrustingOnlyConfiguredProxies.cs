using System.Net;
using System.Net.Http.Json;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies in ReverseProxy settings: from them the
/// client's address feeds the residents' rate limits and HTTPS makes the cookie Secure; anyone else's are ignored.
/// </summary>
public class TrustingOnlyConfiguredProxies
{
    private static readonly Dictionary<string, string> Limits = new() { ["Portal:Limits:PostsPerAddressPerMinute"] = "2" };

    [Theory]
    [BothProviders]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_rate_limit(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartServerAsync(provider, settings: new Dictionary<string, string>(Limits) { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" });
        using var proxy = Client(app);

        Assert.Equal(HttpStatusCode.BadRequest, await AskForCodeAsync(proxy, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.BadRequest, await AskForCodeAsync(proxy, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskForCodeAsync(proxy, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.BadRequest, await AskForCodeAsync(proxy, "203.0.113.8"));
    }

    [Theory]
    [BothProviders]
    public async Task Without_a_configured_proxy_a_forged_client_address_shares_the_senders_limit(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartServerAsync(provider, settings: Limits);
        using var client = Client(app);

        Assert.Equal(HttpStatusCode.BadRequest, await AskForCodeAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.BadRequest, await AskForCodeAsync(client, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskForCodeAsync(client, "203.0.113.3"));
    }

    [Theory]
    [BothProviders]
    public async Task Https_forwarded_by_a_configured_proxy_makes_the_cookie_secure_and_the_origin_https(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartServerAsync(provider, settings: new Dictionary<string, string> { ["ReverseProxy:KnownProxies:0"] = "127.0.0.1" });
        var userName = await AccountAsync(app);
        using var proxy = Client(app);
        var host = new Uri(app.ServerAddress).Authority;

        var signedIn = await SignInAsync(proxy, userName, proto: "https", origin: $"https://{host}");
        await Expect.Status(HttpStatusCode.OK, signedIn);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("minsheng=") && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // The page was served over HTTPS: a page of the plain-HTTP origin is another origin.
        await Expect.Status(HttpStatusCode.Forbidden, await SignInAsync(proxy, userName, proto: "https", origin: $"http://{host}"));
    }

    [Theory]
    [BothProviders]
    public async Task Https_claimed_by_an_unknown_sender_is_ignored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartServerAsync(provider);
        var userName = await AccountAsync(app);
        using var client = Client(app);

        var signedIn = await SignInAsync(client, userName, proto: "https", origin: null);
        await Expect.Status(HttpStatusCode.OK, signedIn);
        Assert.DoesNotContain(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A bare client, as a proxy or curl talks to the server: no cookies kept, no Origin of its own.</summary>
    private static HttpClient Client(MinshengApp app) => new(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(app.ServerAddress) };

    private static async Task<HttpStatusCode> AskForCodeAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/public/phone-codes") { Content = JsonContent.Create(new { phone = "12" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    private static async Task<string> AccountAsync(MinshengApp app)
    {
        (await app.ClientAsAsync(Roles.Staff)).Dispose();
        return app.WithDb(db => db.Users.Single(u => u.UserName!.StartsWith(Roles.Staff + "-")).UserName!);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string proto, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new LoginRequest(userName, MinshengApp.Password)) };
        request.Headers.Add("X-Forwarded-Proto", proto);
        if (origin is not null) request.Headers.Add("Origin", origin);
        return client.SendAsync(request);
    }
}
