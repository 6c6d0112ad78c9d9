using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Reporting;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public class WhoMayDoWhat
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [Anonymous, .. Roles.All];
    private static readonly string[] SignedIn = Roles.All;
    private static readonly string[] Office = Roles.Office;

    /// <summary>Every endpoint and who may use it. An endpoint missing here fails the test: each must be declared.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["POST /api/account/login"] = Everyone,
        ["POST /api/account/logout"] = SignedIn,
        ["GET /api/account/me"] = SignedIn,
        ["POST /api/account/password"] = SignedIn,
        ["POST /api/accounts/{userName}/sessions/end"] = Office,
        ["GET /api/accounts/sign-in-failures"] = Office,
        ["GET /api/plans/"] = SignedIn,
        ["POST /api/plans/"] = Office,
        ["GET /api/plans/{id:int}"] = SignedIn,
        ["GET /api/plans/{id:int}/document"] = SignedIn,
        ["GET /api/plans/{id:int}/summary"] = SignedIn,
        ["GET /api/plans/{id:int}/escalations"] = SignedIn,
        ["GET /api/plans/{id:int}/categories"] = SignedIn,
        ["GET /api/plans/{id:int}/projects"] = SignedIn,
        ["GET /api/plans/{id:int}/projects/{code}"] = SignedIn,
        ["GET /api/plans/{id:int}/indicators/{code}"] = SignedIn,
        ["PATCH /api/plans/{id:int}/indicators/{code}"] = Office,
        ["POST /api/plans/{id:int}/reports/"] = [Roles.Admin, Roles.Staff, Roles.Reporter],
        ["GET /api/plans/{id:int}/reports/"] = SignedIn,
        ["GET /api/plans/{id:int}/submissions/"] = SignedIn,
        ["POST /api/plans/{id:int}/submissions/{submissionId:long}/accept"] = [Roles.Admin, Roles.Staff, Roles.Reviewer],
        ["POST /api/plans/{id:int}/submissions/{submissionId:long}/return"] = [Roles.Admin, Roles.Staff, Roles.Reviewer],
        ["POST /api/plans/{id:int}/submissions/{submissionId:long}/verify"] = Office,
        ["GET /api/plans/{id:int}/publications/"] = SignedIn,
        ["POST /api/plans/{id:int}/publications/"] = Office,
        ["GET /api/plans/{id:int}/publications/preview"] = Office,
        ["GET /api/plans/{id:int}/missing"] = SignedIn,
        ["GET /api/plans/{id:int}/problems/"] = SignedIn,
        ["POST /api/plans/{id:int}/problems/"] = [Roles.Admin, Roles.Staff, Roles.Reviewer, Roles.Reporter],
        ["PATCH /api/plans/{id:int}/problems/{problemId:int}"] = Office,
        ["GET /api/plans/{id:int}/supervision/"] = SignedIn,
        ["POST /api/plans/{id:int}/supervision/{escalationId:long}/close"] = Office,
        // Documents hold only figures and problems every signed-in account already reads.
        ["GET /api/plans/{id:int}/documents/bulletin.docx"] = SignedIn,
        ["GET /api/plans/{id:int}/documents/card.docx"] = SignedIn,
        ["GET /api/plans/{id:int}/documents/table.xlsx"] = SignedIn,
        ["GET /api/plans/{id:int}/documents/bulletin.pdf"] = SignedIn,
        ["GET /api/plans/{id:int}/documents/card.pdf"] = SignedIn,
        ["GET /api/plans/{id:int}/documents/table.pdf"] = SignedIn,
        ["GET /api/plans/{id:int}/sites"] = SignedIn,
        ["POST /api/plans/{id:int}/sites"] = Office,
        ["PUT /api/plans/{id:int}/sites/{siteId:int}"] = Office,
        ["DELETE /api/plans/{id:int}/sites/{siteId:int}"] = Office,
        ["PUT /api/plans/{id:int}/outlines"] = Office,
        ["GET /api/plans/{id:int}/photos"] = SignedIn,
        // The lead unit's reporter and reviewer only on projects it leads (01-01 is led by 市教育局, the matrix's unit).
        ["POST /api/plans/{id:int}/projects/{code}/photos"] = [Roles.Admin, Roles.Staff, Roles.Reviewer, Roles.Reporter],
        ["DELETE /api/plans/{id:int}/photos/{photoId:long}"] = [Roles.Admin, Roles.Staff, Roles.Reviewer, Roles.Reporter],
        ["GET /public/photos/{photoId:long}.jpg"] = Everyone,
        ["GET /public/photos/{photoId:long}/small.jpg"] = Everyone,
        ["GET /api/plans/{id:int}/feedback/"] = Office,
        ["POST /api/plans/{id:int}/feedback/{feedbackId:long}/approve"] = Office,
        ["POST /api/plans/{id:int}/feedback/{feedbackId:long}/reject"] = Office,
        ["POST /api/plans/{id:int}/feedback/{feedbackId:long}/answer"] = [Roles.Admin, Roles.Staff, Roles.Reviewer, Roles.Reporter],
        ["GET /api/public/plans/"] = Everyone,
        ["GET /api/public/plans/{id:int}"] = Everyone,
        ["GET /api/public/plans/{id:int}/projects/{code}"] = Everyone,
        ["GET /api/public/plans/{id:int}/sites"] = Everyone,
        ["GET /api/public/plans/{id:int}/outlines"] = Everyone,
        ["GET /api/public/plans/{id:int}/districts"] = Everyone,
        ["POST /api/public/phone-codes"] = Everyone,
        ["POST /api/public/plans/{id:int}/projects/{code}/feedback"] = Everyone,
        ["POST /api/public/plans/{id:int}/projects/{code}/objections"] = Everyone,
        ["POST /api/public/plans/{id:int}/projects/{code}/followers"] = Everyone,
        ["GET /api/suggestion-calls/"] = Office,
        ["PUT /api/suggestion-calls/{year:int}"] = Office,
        ["GET /api/suggestion-calls/{id:int}/suggestions"] = Office,
        ["POST /api/suggestion-calls/{id:int}/suggestions"] = Office,
        ["GET /api/suggestion-calls/{id:int}/duplicates"] = Office,
        ["POST /api/public/suggestion-calls/{id:int}/suggestions"] = Everyone,
        ["GET /api/public/suggestion-calls/{id:int}/counts"] = Everyone,
        ["GET /public/{id:int}/projects/{code}/qr.svg"] = Everyone,
        ["GET /public/{id:int}/projects/{code}/qr.png"] = Everyone,
        ["GET /public/{id:int}/sites/{siteId:int}/qr.svg"] = Everyone,
        ["GET /public/{id:int}/sites/{siteId:int}/qr.png"] = Everyone,
        ["GET /open/plans/{id:int}/plan.json"] = Everyone,
        ["GET /open/plans/{id:int}/indicators.csv"] = Everyone,
        ["GET /public/{id:int?}"] = Everyone,
        ["GET /public/{id:int}/projects/{code}"] = Everyone,
        ["GET /public/{id:int}/projects/{code}/feedback"] = Everyone,
        ["GET /public/{id:int}/projects/{code}/poster"] = Everyone,
        ["GET /public/{id:int}/map"] = Everyone,
        ["GET /sites"] = Office,
        ["GET /feedback"] = Office,
        ["GET /accounts"] = Office,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /scalar/{documentName?}"] = Everyone,
        ["GET /scalar/favicon.svg"] = Everyone,
        ["GET /scalar/scalar.aspnetcore.js"] = Everyone,
        ["GET /scalar/scalar.js"] = Everyone,
        ["GET /"] = SignedIn,
        ["GET /login"] = Everyone,
        ["GET /account/password"] = SignedIn,
        ["GET /logout"] = SignedIn,
        ["GET /plans/{id:int}/projects/{code}"] = SignedIn,
        ["GET /rankings"] = SignedIn,
        ["GET /projects"] = SignedIn,
        ["GET /indicators"] = SignedIn,
        ["POST /api/exports/table.xlsx"] = SignedIn,
        ["GET /problems"] = SignedIn,
        ["GET /supervision"] = SignedIn,
        ["GET /documents/bulletin"] = SignedIn,
        ["GET /report"] = [Roles.Admin, Roles.Staff, Roles.Reporter],
        ["GET /review"] = [Roles.Admin, Roles.Staff, Roles.Reviewer],
        ["GET /imports"] = Office,
    };

    [Fact]
    public async Task Every_endpoint_allows_exactly_the_roles_declared_for_it()
    {
        // Every role posts to the residents' endpoints from one address: more than the default limit allows.
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Portal:Limits:PostsPerAddressPerMinute"] = "1000" });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var admin = await app.AdminAsync();
        var raised = await admin.PostAsJsonAsync($"/api/plans/{planId}/problems?project=01-01", new { type = "funds", description = "资金未到位" });
        var problemId = (await raised.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        await Expect.Status(HttpStatusCode.OK, await app.SubmitMonthAsync(planId, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("01-01-1", 4)])));
        var submissionId = app.WithDb(db => db.Submissions.Single().Id);

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            // Static files (wwwroot, fingerprinted) are public by design and change names with their content.
            .Where(key => !key.StartsWith("HEAD ") && !key.StartsWith("GET /css/") && !key.StartsWith("GET /js/") && !key.StartsWith("GET /lib/") && !key.Contains("{**path:file}"))
            // So are the app's icons and manifest at the root (favicon.svg, icon-192.png, icon-512.png, manifest.webmanifest).
            .Where(key => !System.Text.RegularExpressions.Regex.IsMatch(key, @"^GET /(favicon|icon-\d+|manifest)\.[^/]*$"))
            .Distinct().Order().ToList();
        Assert.True(Allowed.Keys.Order().SequenceEqual(endpoints), "Declared:\n" + string.Join("\n", Allowed.Keys.Order()) + "\nFound:\n" + string.Join("\n", endpoints));

        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserManager<MinshengUser>>().CreateAsync(new MinshengUser { UserName = "matrix" }, MinshengApp.Password);
        }
        var clients = new Dictionary<string, HttpClient> { [Anonymous] = app.CreateClient(MinshengApp.NoRedirects) };
        foreach (var role in Roles.All) clients[role] = await app.ClientAsAsync(role, unit: "市教育局");

        var wrong = new List<string>();
        foreach (var (endpoint, allowed) in Allowed)
        {
            foreach (var (who, sharedClient) in clients)
            {
                // Signing in and out change the session: they get sessions of their own.
                var client = endpoint.EndsWith("logout") && who != Anonymous ? await app.ClientAsAsync(who, "市教育局")
                    : endpoint.EndsWith("login") ? app.CreateClient(MinshengApp.NoRedirects)
                    : sharedClient;
                var response = await client.SendAsync(RequestFor(endpoint, planId, problemId, submissionId));
                // The API answers 401 or 403; a page sends the visitor to the sign-in page.
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/login") == true);
                if (denied == allowed.Contains(who)) wrong.Add($"{endpoint} as {who}: {(int)response.StatusCode}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static HttpRequestMessage RequestFor(string endpoint, int planId, int problemId, long submissionId)
    {
        var (method, pattern) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var url = pattern
            .Replace("{id:int}", planId.ToString())
            .Replace("{problemId:int}", problemId.ToString())
            .Replace("{submissionId:long}", submissionId.ToString())
            .Replace("{escalationId:long}", "1")
            .Replace("{id:int?}", planId.ToString())
            .Replace("{siteId:int}", "1")
            .Replace("{feedbackId:long}", "1")
            .Replace("{year:int}", "2027")
            .Replace("{photoId:long}", "1")
            .Replace("{userName}", "matrix")
            .Replace("{documentName}", "v1").Replace("{documentName?}", "v1")
            .Replace("projects/{code}", "projects/01-01").Replace("indicators/{code}", "indicators/01-01-1");
        var (query, body) = endpoint switch
        {
            "POST /api/account/login" => ("", $$"""{"userName":"matrix","password":"{{MinshengApp.Password}}"}"""),
            "POST /api/plans/{id:int}/reports/" => ("", """{"period":"2023-07","indicators":[{"code":"01-01-1","actual":4}]}"""),
            "POST /api/plans/{id:int}/problems/" => ("?project=01-01", """{"type":"coordination","description":"配合不够"}"""),
            "PATCH /api/plans/{id:int}/problems/{problemId:int}" => ("", """{"measures":"协调"}"""),
            "PATCH /api/plans/{id:int}/indicators/{code}" => ("", """{"wholeNumbers":true}"""),
            "POST /api/plans/" => ("", "{}"),
            "POST /api/plans/{id:int}/submissions/{submissionId:long}/return" => ("", """{"reason":"数字有误"}"""),
            "POST /api/plans/{id:int}/publications/" => ("", """{"period":"2023-07"}"""),
            "GET /api/plans/{id:int}/missing" => ("?period=2023-07", null),
            "POST /api/plans/{id:int}/sites" or "PUT /api/plans/{id:int}/sites/{siteId:int}" => ("", """{"project":"01-01","name":"海州实验学校","latitude":34.6,"longitude":119.2}"""),
            "PUT /api/plans/{id:int}/outlines" => ("", """{"type":"FeatureCollection","features":[]}"""),
            "POST /api/plans/{id:int}/feedback/{feedbackId:long}/answer" => ("", """{"answer":"已采纳"}"""),
            "POST /api/public/phone-codes" => ("", """{"phone":"12"}"""),
            "PUT /api/suggestion-calls/{year:int}" => ("", """{"region":"连云港市","opensOn":"2026-09-01","closesOn":"2026-09-30"}"""),
            "POST /api/suggestion-calls/{id:int}/suggestions" => ("", """{"channel":"hotline","need":"路口缺红绿灯","content":"增设红绿灯"}"""),
            "POST /api/public/suggestion-calls/{id:int}/suggestions" => ("", """{"phone":"13800000000","code":"000000","need":"路口缺红绿灯","content":"增设红绿灯"}"""),
            "POST /api/public/plans/{id:int}/projects/{code}/feedback" => ("", """{"phone":"13800000000","code":"000000","rating":5}"""),
            "POST /api/public/plans/{id:int}/projects/{code}/objections" => ("", """{"phone":"13800000000","code":"000000","period":"2023-06","text":"数字不对"}"""),
            "POST /api/public/plans/{id:int}/projects/{code}/followers" => ("", """{"phone":"13800000000","code":"000000"}"""),
            _ => ("", (string?)null),
        };
        var request = new HttpRequestMessage(new HttpMethod(method), url + query);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    [Fact]
    public async Task A_unit_never_changes_another_units_figures_nor_raises_problems_on_its_projects()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var education = await app.ClientAsAsync(Roles.Reporter, "市教育局");
        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());

        var figures = await education.PostAsJsonAsync($"/api/plans/{planId}/reports",
            new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("01-01-1", 4), new IndicatorFigure("02-01-1", 60_000)]), MinshengApp.Json);
        var problem = await education.PostAsJsonAsync($"/api/plans/{planId}/problems?project=02-01", new { type = "funds", description = "x" });

        await Expect.Status(HttpStatusCode.Forbidden, figures);
        Assert.Contains("02-01-1", await figures.Content.ReadAsStringAsync());
        await Expect.Status(HttpStatusCode.Forbidden, problem);
        Assert.Equal(rowsBefore, app.WithDb(db => db.IndicatorReports.Count()));
        Assert.Equal(0, app.WithDb(db => db.Problems.Count()));
    }

    [Fact]
    public async Task A_reporters_figures_are_recorded_under_its_account()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var education = await app.ClientAsAsync(Roles.Reporter, "市教育局");

        await Expect.Status(HttpStatusCode.OK, await education.PostAsJsonAsync($"/api/plans/{planId}/reports",
            new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure("01-01-1", 4)]), MinshengApp.Json));

        Assert.StartsWith("reporter-", app.WithDb(db => db.IndicatorReports.OrderBy(r => r.Id).Last().SubmittedBy));
    }

    [Fact]
    public async Task The_first_start_creates_an_administrator_and_the_demo_an_account_per_role()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();

        var accounts = app.WithDb(db => db.Users.Select(u => u.UserName).Order().ToList());
        var login = await client.PostAsJsonAsync("/api/account/login", new LoginRequest("reporter", AccountSeeding.DemoPassword));
        var me = await client.GetFromJsonAsync<AccountResponse>("/api/account/me");

        Assert.Equal(["admin", "deputy", "leader", "office", "reporter", "reviewer"], accounts);
        await Expect.Status(HttpStatusCode.OK, login);
        Assert.Equal("市住房城乡建设局", me!.Unit);
        Assert.Equal([Roles.Reporter], me.Roles);
    }

    [Fact]
    public async Task Without_signing_in_the_api_answers_401_not_a_redirect()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = app.CreateClient();

        await Expect.Status(HttpStatusCode.Unauthorized, await client.GetAsync("/api/plans"));
    }
}
