using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A session lives no longer than the password it was opened with, nor than its sign-out; the office can end any account's sessions.</summary>
public class EndingSessions
{
    private const string NewPassword = "Another#Password2";

    private static readonly WebApplicationFactoryClientOptions NoCookieJar = new() { AllowAutoRedirect = false, HandleCookies = false };

    private static async Task<string> AnAccountAsync(MinshengApp app, string role = Roles.Reporter)
    {
        var userName = $"clerk-{Guid.NewGuid():N}"[..20];
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MinshengUser>>();
        var user = new MinshengUser { UserName = userName, Unit = "市教育局" };
        Assert.True((await users.CreateAsync(user, MinshengApp.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return userName;
    }

    /// <summary>Signs in and returns the session cookie as a thief would copy it ("minsheng=...").</summary>
    private static async Task<string> CookieOfASignInAsync(MinshengApp app, string userName, string password = MinshengApp.Password)
    {
        using var client = app.CreateClient(NoCookieJar);
        var response = await client.PostAsJsonAsync("/api/account/login", new LoginRequest(userName, password));
        await Expect.Status(HttpStatusCode.OK, response);
        return response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("minsheng="));
    }

    private static async Task<HttpResponseMessage> WithCookieAsync(MinshengApp app, string cookie, HttpMethod method, string url)
    {
        using var client = app.CreateClient(NoCookieJar);
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static async Task<HttpClient> SignedInClientAsync(MinshengApp app, string userName, string password = MinshengApp.Password)
    {
        var client = app.CreateClient(MinshengApp.NoRedirects);
        await Expect.Status(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/account/login", new LoginRequest(userName, password)));
        return client;
    }

    private static async Task RefusedAsync(MinshengApp app, string cookie)
    {
        await Expect.Status(HttpStatusCode.Unauthorized, await WithCookieAsync(app, cookie, HttpMethod.Get, "/api/account/me"));
        var page = await WithCookieAsync(app, cookie, HttpMethod.Get, "/problems");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/login", page.Headers.Location?.ToString());
    }

    [Theory, BothProviders]
    public async Task A_password_change_refuses_a_copied_cookie_at_once_and_keeps_the_changing_session(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        var copied = await CookieOfASignInAsync(app, userName);
        using var owner = await SignedInClientAsync(app, userName);
        await Expect.Status(HttpStatusCode.OK, await WithCookieAsync(app, copied, HttpMethod.Get, "/api/account/me"));

        await Expect.Status(HttpStatusCode.NoContent, await owner.PostAsJsonAsync("/api/account/password", new ChangePasswordRequest(MinshengApp.Password, NewPassword)));

        await RefusedAsync(app, copied);
        await Expect.Status(HttpStatusCode.OK, await owner.GetAsync("/api/account/me"));
        await Expect.Status(HttpStatusCode.OK, await owner.GetAsync("/problems"));
    }

    [Fact]
    public async Task A_password_changed_on_the_page_refuses_the_other_sessions_and_keeps_this_one()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var userName = await AnAccountAsync(app);
        var copied = await CookieOfASignInAsync(app, userName);
        using var owner = await SignedInClientAsync(app, userName);

        var form = await owner.GetStringAsync("/account/password");
        var changed = await owner.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = MinshengApp.Password, ["New"] = NewPassword, ["Confirm"] = NewPassword, ["__RequestVerificationToken"] = PageForm.Token(form),
        }));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await RefusedAsync(app, copied);
        await Expect.Status(HttpStatusCode.OK, await owner.GetAsync("/problems"));
    }

    [Theory, BothProviders]
    public async Task After_signing_out_a_replayed_cookie_is_refused(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        var cookie = await CookieOfASignInAsync(app, userName);
        var elsewhere = await CookieOfASignInAsync(app, userName);

        await Expect.Status(HttpStatusCode.NoContent, await WithCookieAsync(app, cookie, HttpMethod.Post, "/api/account/logout"));

        await RefusedAsync(app, cookie);
        await RefusedAsync(app, elsewhere);
    }

    [Fact]
    public async Task Signing_out_on_the_page_ends_the_session_for_a_replayed_cookie_too()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var userName = await AnAccountAsync(app);
        var copied = await CookieOfASignInAsync(app, userName);
        using var owner = await SignedInClientAsync(app, userName);
        var page = await owner.GetStringAsync("/account/password");

        var signedOut = await owner.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PageForm.Token(page) }));

        Assert.Equal("/login", signedOut.Headers.Location?.OriginalString);
        await RefusedAsync(app, copied);
    }

    [Theory, BothProviders]
    public async Task The_office_ends_every_session_of_an_account(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        var cookie = await CookieOfASignInAsync(app, userName);
        var office = await app.AdminAsync();
        using var reporter = await app.ClientAsAsync(Roles.Reporter, "市教育局");

        var byReporter = await reporter.PostAsync($"/api/accounts/{userName}/sessions/end", null);
        var stillWorks = await WithCookieAsync(app, cookie, HttpMethod.Get, "/api/account/me");
        var ended = await office.PostAsync($"/api/accounts/{userName}/sessions/end", null);
        var unknown = await office.PostAsync("/api/accounts/nobody-here/sessions/end", null);

        await Expect.Status(HttpStatusCode.Forbidden, byReporter);
        await Expect.Status(HttpStatusCode.OK, stillWorks);
        await Expect.Status(HttpStatusCode.NoContent, ended);
        await RefusedAsync(app, cookie);
        await Expect.Status(HttpStatusCode.NotFound, unknown);
        Assert.Contains("没有账号“nobody-here”", await unknown.Content.ReadAsStringAsync());
        // The owner signs in again with the same password.
        await CookieOfASignInAsync(app, userName);
    }

    [Fact]
    public async Task The_office_ends_an_account_s_sessions_on_the_accounts_page_and_reads_the_refused_sign_ins_there()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var userName = await AnAccountAsync(app);
        var cookie = await CookieOfASignInAsync(app, userName);
        using (var failing = app.CreateClient(NoCookieJar))
        {
            await Expect.Status(HttpStatusCode.Unauthorized, await failing.PostAsJsonAsync("/api/account/login", new LoginRequest(userName, "not the password")));
        }
        var office = await app.AdminAsync();
        using var reporter = await app.ClientAsAsync(Roles.Reporter, "市教育局");

        var page = await office.GetStringAsync("/accounts");
        var byReporter = await reporter.GetAsync("/accounts");
        var ended = await office.PostAsync("/accounts?handler=EndSessions", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["__RequestVerificationToken"] = PageForm.Token(page),
        }));
        var confirmation = await office.GetStringAsync(ended.Headers.Location!.OriginalString);

        Assert.Contains($"data-account=\"{userName}\"", page);
        Assert.Contains("填报员", page);
        Assert.Contains("密码错误", page);
        Assert.Equal(HttpStatusCode.Forbidden, byReporter.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await RefusedAsync(app, cookie);
        Assert.Contains($"已结束账号 {userName} 的全部会话", confirmation);
    }
}
