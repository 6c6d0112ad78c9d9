using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// A page on another origin (another port, a sibling subdomain) cannot make the signed-in user's browser change
/// anything: every POST, PUT, PATCH and DELETE needs the app's own origin or an antiforgery token.
/// </summary>
public partial class RefusingCrossSiteRequests
{
    private const string Refusal = "已拒绝来自其他网站的请求";
    private const string ForeignOrigin = "http://localhost:5001";

    [Theory]
    [BothProviders]
    public async Task Every_state_changing_endpoint_refuses_a_foreign_origin_and_changes_no_row(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("01-01-1", 4)])));
        var office = await app.ClientAsAsync(Roles.Admin);
        // Each request below names where it comes from itself.
        office.DefaultRequestHeaders.Remove("Origin");
        var endpoints = StateChangingEndpoints(app, planId);
        Assert.True(endpoints.Count >= 30, "Found only:\n" + string.Join("\n", endpoints));
        Assert.Contains($"POST /api/plans/{planId}/submissions/1/accept", endpoints);
        Assert.Contains($"POST /api/plans/{planId}/projects/01-01/photos", endpoints);
        Assert.Contains(endpoints, e => e.Contains("?handler=", StringComparison.Ordinal));
        var before = await FingerprintAsync(app);

        var wrong = new List<string>();
        foreach (var endpoint in endpoints)
        {
            foreach (var (header, value) in new[] { ("Origin", ForeignOrigin), ("Origin", "http://evil.localhost"), ("Origin", "null"), ("Sec-Fetch-Site", "same-site"), ("Sec-Fetch-Site", "cross-site") })
            {
                var request = RequestFor(endpoint);
                request.Headers.TryAddWithoutValidation(header, value);
                var response = await office.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Forbidden || !body.Contains(Refusal)) wrong.Add($"{endpoint} with {header}: {value}: {(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await FingerprintAsync(app));
    }

    [Theory]
    [BothProviders]
    public async Task A_same_origin_request_still_acts_whether_it_names_its_origin_or_its_fetch_site(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.ClientAsAsync(Roles.Admin);

        var named = await office.PostAsJsonAsync($"/api/plans/{planId}/problems?project=01-01", new { type = "funds", description = "资金未到位" });
        await Expect.Status(HttpStatusCode.Created, named);

        office.DefaultRequestHeaders.Remove("Origin");
        var fetched = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{planId}/problems?project=01-01") { Content = JsonContent.Create(new { type = "funds", description = "资金仍未到位" }) };
        fetched.Headers.Add("Sec-Fetch-Site", "same-origin");
        await Expect.Status(HttpStatusCode.Created, await office.SendAsync(fetched));

        Assert.Equal(2, app.WithDb(db => db.Problems.Count()));
    }

    [Theory]
    [BothProviders]
    public async Task A_request_naming_no_origin_needs_the_antiforgery_token_when_it_carries_the_cookie(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.ClientAsAsync(Roles.Admin);
        office.DefaultRequestHeaders.Remove("Origin");
        var url = $"/api/plans/{planId}/problems?project=01-01";

        var bare = await office.PostAsJsonAsync(url, new { type = "funds", description = "资金未到位" });
        await Expect.Status(HttpStatusCode.Forbidden, bare);
        Assert.Equal(Refusal, (await bare.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(0, app.WithDb(db => db.Problems.Count()));

        var page = await (await office.GetAsync("/account/password")).Content.ReadAsStringAsync();
        var withToken = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(new { type = "funds", description = "资金未到位" }) };
        withToken.Headers.Add("RequestVerificationToken", PageForm.Token(page));
        await Expect.Status(HttpStatusCode.Created, await office.SendAsync(withToken));
        Assert.Equal(1, app.WithDb(db => db.Problems.Count()));
    }

    [Theory]
    [BothProviders]
    public async Task A_client_without_cookie_or_origin_signs_in_as_curl_does(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        await app.ClientAsAsync(Roles.Admin);
        var userName = app.WithDb(db => db.Users.Single(u => u.UserName!.StartsWith(Roles.Admin + "-")).UserName!);
        var curl = app.CreateClient();
        curl.DefaultRequestHeaders.Remove("Origin");

        await Expect.Status(HttpStatusCode.OK, await curl.PostAsJsonAsync("/api/account/login", new LoginRequest(userName, MinshengApp.Password)));
        await Expect.Status(HttpStatusCode.OK, await curl.GetAsync("/api/account/me"));
    }

    [Theory]
    [BothProviders]
    public async Task A_page_form_from_another_origin_gets_a_chinese_page_and_changes_nothing(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var office = await app.ClientAsAsync(Roles.Admin);
        var page = await (await office.GetAsync("/account/password")).Content.ReadAsStringAsync();
        var before = await FingerprintAsync(app);

        // Even with the page's own token, which a foreign page could not read: the origin alone refuses it.
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/password")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = PageForm.Token(page), ["Current"] = MinshengApp.Password, ["New"] = "Another#Password2", ["Confirm"] = "Another#Password2",
            }),
        };
        request.Headers.Add("Origin", ForeignOrigin);
        var response = await office.SendAsync(request);

        await Expect.Status(HttpStatusCode.Forbidden, response);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(Refusal, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await FingerprintAsync(app));
    }

    /// <summary>Every route taking POST, PUT, PATCH or DELETE, and every page handler that is not a GET, as "METHOD /url".</summary>
    private static List<string> StateChangingEndpoints(MinshengApp app, int planId)
    {
        var found = new List<string>();
        var pages = app.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var url = "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText?.TrimStart('/') ?? "", match => match.Groups[1].Value switch
            {
                "id" => planId.ToString(CultureInfo.InvariantCulture),
                "code" => "01-01",
                _ => "1",
            });
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                if (IsStateChanging(method)) found.Add($"{method} {url}");
            }
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var compiled = descriptor as CompiledPageActionDescriptor ?? pages.LoadAsync(descriptor, endpoint.Metadata).GetAwaiter().GetResult();
                foreach (var handler in compiled.HandlerMethods.Where(h => IsStateChanging(h.HttpMethod)))
                    found.Add($"{handler.HttpMethod.ToUpperInvariant()} {url}{(handler.Name is { } name ? "?handler=" + name : "")}");
            }
        }
        return found.Distinct().Order().ToList();
    }

    private static bool IsStateChanging(string method) => method.ToUpperInvariant() is "POST" or "PUT" or "PATCH" or "DELETE";

    private static HttpRequestMessage RequestFor(string endpoint)
    {
        var (method, url) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Content = url.StartsWith("/api/", StringComparison.Ordinal)
            ? new StringContent("{}", Encoding.UTF8, "application/json")
            : new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
        return request;
    }

    /// <summary>A hash of every row of every table, to see that a refused request left the database as it was.</summary>
    private static async Task<string> FingerprintAsync(MinshengApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(Row(reader));
            text.Append(table).Append(':').AppendJoin('\n', rows.Order(StringComparer.Ordinal)).Append('\n');
        }
        return $"{tables.Count} tables, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))}";
    }

    private static string Row(DbDataReader reader) => string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString(),
    }));

    [GeneratedRegex(@"\{\**([A-Za-z]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
