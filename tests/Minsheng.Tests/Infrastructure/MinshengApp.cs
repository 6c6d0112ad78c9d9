using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;
using Minsheng.Reporting;
using Minsheng.Shared;

namespace Minsheng.Tests.Infrastructure;

/// <summary>The whole app on its own database, with intent methods for what tests do through the API.</summary>
public sealed class MinshengApp : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = SummaryJson.Configure(new JsonSerializerOptions());

    public const string Password = "Test#Password1";

    /// <summary>The office's reason for publishing a month that units of the test's plan did not report.</summary>
    public const string GapsReason = "其余单位本月无进展变化，按上月数据发布";

    /// <summary>Clients that show redirects instead of following them, to see where a page sends a visitor.</summary>
    public static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    private readonly TestDatabase _database;
    private readonly bool _demo;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private HttpClient? _admin;

    private MinshengApp(TestDatabase database, bool demo, IReadOnlyDictionary<string, string>? settings)
    {
        _database = database;
        _demo = demo;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <summary>The text messages the development sender wrote to the log.</summary>
    public SmsRecorder Sms { get; } = new();

    /// <summary>What the app said at the console once its server listened.</summary>
    public StringWriter ConsoleOutput { get; } = new();

    public DatabaseProvider Provider => _database.Provider;

    public TestDatabase Database => _database;

    public static async Task<MinshengApp> StartAsync(DatabaseProvider provider, bool demo = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new MinshengApp(await TestDatabase.CreateAsync(provider), demo, settings);
        app.CreateClient().Dispose();
        return app;
    }

    /// <summary>The app on a real Kestrel server on a free loopback port, for a browser to visit.</summary>
    public static async Task<MinshengApp> StartServerAsync(DatabaseProvider provider, bool demo = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new MinshengApp(await TestDatabase.CreateAsync(provider), demo, settings);
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        // API clients of a real server talk to it over its socket.
        app.ClientOptions.BaseAddress = new Uri(app.ServerAddress);
        return app;
    }

    public string ServerAddress => Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("Demo:Enabled", _demo ? "true" : "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Sms));
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TextWriter>(Welcome.ConsoleKey, ConsoleOutput));
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, TestClientAddress>());
    }

    /// <summary>
    /// Clients name the app's own origin, as a browser does on every POST from the app's pages: the app refuses a
    /// state-changing request from another origin (Security/CrossSiteRequests.cs).
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("Origin", ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>Asks for a code to a phone, as a resident, and reads it from the development sender's log.</summary>
    public async Task<string> CodeForAsync(HttpClient resident, string phone)
    {
        await Expect.Status(HttpStatusCode.Accepted, await resident.PostAsJsonAsync("/api/public/phone-codes", new { phone }));
        return CodeIn(Sms.To(phone).Last());
    }

    public static string CodeIn(string message) => System.Text.RegularExpressions.Regex.Match(message, @"\d{6}").Value;

    /// <summary>A scope's database context, to look at what is stored.</summary>
    public T WithDb<T>(Func<MinshengDb, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<MinshengDb>());
    }

    /// <summary>A client signed in as a new account of a role (and unit); the cookie rides along.</summary>
    public async Task<HttpClient> ClientAsAsync(string role, string? unit = null)
    {
        var userName = $"{role}-{Guid.NewGuid():N}";
        using (var scope = Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MinshengUser>>();
            var user = new MinshengUser { UserName = userName, Unit = unit };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
        await Expect.Status(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/account/login", new LoginRequest(userName, Password)));
        return client;
    }

    /// <summary>The office's administrator, for tests about something else than who may do what.</summary>
    public async Task<HttpClient> AdminAsync() => _admin ??= await ClientAsAsync(Roles.Admin);

    public async Task<HttpResponseMessage> PostPlanDocumentAsync(string json)
    {
        var client = await AdminAsync();
        return await client.PostAsync("/api/plans", new StringContent(json, Encoding.UTF8, "application/json"));
    }

    public async Task<int> ImportAsync(Plan plan)
    {
        var response = await PostPlanDocumentAsync(PlanDocument.Write(plan));
        await Expect.Status(HttpStatusCode.Created, response);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return created.GetProperty("id").GetInt32();
    }

    public async Task<HttpResponseMessage> SubmitMonthAsync(int planId, SubmitMonthRequest request)
    {
        var client = await AdminAsync();
        return await client.PostAsJsonAsync($"/api/plans/{planId}/reports", request, Json);
    }

    /// <summary>
    /// Takes every submission of a month through the chain (accept, verify) and publishes the month, as the office,
    /// confirming that the units a test does not report for carry their figures forward.
    /// </summary>
    public async Task PublishAsync(int planId, string period)
    {
        var client = await AdminAsync();
        foreach (var submission in (await GetJsonAsync($"/api/plans/{planId}/submissions?period={period}")).EnumerateArray())
        {
            var id = submission.GetProperty("id").GetInt64();
            var state = submission.GetProperty("state").GetString();
            if (state == "Submitted") await Expect.Status(HttpStatusCode.OK, await client.PostAsync($"/api/plans/{planId}/submissions/{id}/accept", null));
            if (state is "Submitted" or "Accepted") await Expect.Status(HttpStatusCode.OK, await client.PostAsync($"/api/plans/{planId}/submissions/{id}/verify", null));
        }
        await Expect.Status(HttpStatusCode.OK, await client.PostAsJsonAsync($"/api/plans/{planId}/publications", new PublishRequest(period, ConfirmGaps: true, Reason: GapsReason), Json));
    }

    /// <summary>Submits a month as the office and publishes it at once.</summary>
    public async Task SubmitAndPublishAsync(int planId, SubmitMonthRequest request)
    {
        await Expect.Status(HttpStatusCode.OK, await SubmitMonthAsync(planId, request));
        await PublishAsync(planId, request.Period!);
    }

    public async Task<JsonElement> GetJsonAsync(string url)
    {
        var client = await AdminAsync();
        var response = await client.GetAsync(url);
        await Expect.Status(HttpStatusCode.OK, response);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    public async Task<string> GetTextAsync(string url)
    {
        var client = await AdminAsync();
        var response = await client.GetAsync(url);
        await Expect.Status(HttpStatusCode.OK, response);
        return await response.Content.ReadAsStringAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        _admin?.Dispose();
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}

public static class Expect
{
    /// <summary>Asserts a status code, printing the response body when it is another.</summary>
    public static async Task Status(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode == expected) return;
        var body = await response.Content.ReadAsStringAsync();
        Assert.Fail($"Expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}: {body}");
    }

    /// <summary>Asserts a validation problem (RFC 7807) naming a field, and returns its messages.</summary>
    public static async Task<string[]> ProblemNaming(string field, HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        await response.Content.LoadIntoBufferAsync();
        await Status(status, response);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error names '{field}': {problem}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
    }
}
