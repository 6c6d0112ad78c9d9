using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Minsheng.Data;
using Minsheng.Security;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>Every response tells the browser to run only the app's own scripts and styles, never to frame or sniff it.</summary>
public partial class SendingSecurityHeaders
{
    [Fact]
    public async Task Pages_api_static_files_and_errors_all_carry_the_security_headers()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var office = await app.AdminAsync();
        var anonymous = app.CreateClient(MinshengApp.NoRedirects);

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["page"] = await office.GetAsync("/"),
            ["public page"] = await anonymous.GetAsync("/public/1"),
            ["api"] = await office.GetAsync("/api/plans/1/summary"),
            ["static file"] = await anonymous.GetAsync("/css/site.css"),
            ["not found"] = await anonymous.GetAsync("/no/such/page"),
            ["unauthorized"] = await anonymous.GetAsync("/api/plans"),
            ["redirect to sign-in"] = await anonymous.GetAsync("/"),
            ["bad request"] = await office.PostAsync("/api/plans", new StringContent("{", System.Text.Encoding.UTF8, "application/json")),
            ["cross-site refusal"] = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Headers = { { "Origin", "http://evil.localhost" } } }),
        };
        foreach (var (what, response) in responses)
        {
            var csp = Header(response, "Content-Security-Policy");
            Assert.True(csp is not null, $"{what} ({(int)response.StatusCode}) has no Content-Security-Policy");
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("style-src 'self';", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.NotNull(Header(response, "Permissions-Policy"));
        }
    }

    [Fact]
    public async Task No_page_holds_an_inline_style_handler_or_script_the_policy_would_block()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var office = await app.AdminAsync();
        var pages = new[]
        {
            "/", "/plans/1/projects/01-01", "/rankings", "/problems", "/supervision", "/documents/bulletin", "/report", "/review", "/imports", "/sites",
            "/feedback", "/account/password", "/public/1", "/public/1/projects/01-01", "/public/1/projects/01-01/feedback", "/public/1/projects/01-01/poster", "/public/1/map",
        };
        var found = new List<string>();
        foreach (var page in pages)
        {
            var response = await office.GetAsync(page);
            await Expect.Status(HttpStatusCode.OK, response);
            var html = await response.Content.ReadAsStringAsync();
            found.AddRange(Blocked().Matches(html).Select(m => $"{page}: {m.Value}"));
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Images_may_come_from_the_configured_tile_server_and_nowhere_else()
    {
        Assert.Contains("img-src 'self' data:;", SecurityHeaders.ContentSecurityPolicy(null));
        Assert.Contains("img-src 'self' data: https://*.tiles.example;", SecurityHeaders.ContentSecurityPolicy("https://{s}.tiles.example/{z}/{x}/{y}.png"));
        Assert.Contains("img-src 'self' data: http://10.1.2.3:8080;", SecurityHeaders.ContentSecurityPolicy("http://10.1.2.3:8080/tiles/{z}/{x}/{y}.png"));

        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Portal:TileUrl"] = "https://tiles.gov.example/{z}/{x}/{y}.png" });
        Assert.Contains("img-src 'self' data: https://tiles.gov.example;", Header(await app.CreateClient().GetAsync("/login"), "Content-Security-Policy"));
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts_and_plain_http_ones_do_not()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["environment"] = "Production" });
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://minsheng.example"), AllowAutoRedirect = false });
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://minsheng.example"), AllowAutoRedirect = false });

        Assert.Equal("max-age=31536000", Header(await https.GetAsync("/login"), "Strict-Transport-Security"));
        Assert.Null(Header(await http.GetAsync("/login"), "Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_development_api_reference_gets_its_own_policy_allowing_its_inline_script()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var response = await app.CreateClient().GetAsync("/scalar/v1");
        await Expect.Status(HttpStatusCode.OK, response);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    /// <summary>A style attribute, an on… handler, a javascript: link, a style block, or a script with neither src nor a JSON type.</summary>
    [GeneratedRegex(@"<[a-z][^>]*\s(style|on[a-z]+)\s*=[^>]*>|javascript:|<style[\s>]|<script(?![^>]*\ssrc=)(?![^>]*type=""application/json"")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Blocked();
}
