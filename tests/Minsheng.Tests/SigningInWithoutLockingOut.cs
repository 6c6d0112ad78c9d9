using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// Guessing is slowed per account and client address, with a back-off, and never locks the owner out; an unknown
/// name and a wrong password look alike; the office reads the refused sign-ins.
/// </summary>
public class SigningInWithoutLockingOut
{
    private const string Wrong = "wrong password";

    private static async Task<string> AnAccountAsync(MinshengApp app)
    {
        var userName = $"clerk-{Guid.NewGuid():N}"[..20];
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<MinshengUser>>();
        Assert.True((await users.CreateAsync(new MinshengUser { UserName = userName }, MinshengApp.Password)).Succeeded);
        return userName;
    }

    /// <summary>A clock that stands still until the test moves it, so that waits of seconds are exact on a busy machine.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    /// <summary>The app on its database, served by a host whose clock the test moves.</summary>
    private static WebApplicationFactory<Program> WithClock(MinshengApp app, ManualClock clock) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

    private static async Task<HttpResponseMessage> SignInAsync(WebApplicationFactory<Program> app, string userName, string password, string from)
    {
        using var client = app.CreateClient(MinshengApp.NoRedirects);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/login") { Content = JsonContent.Create(new LoginRequest(userName, password)) };
        request.Headers.Add(TestClientAddress.Header, from);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<(string? Title, string? Detail)> ProblemOf(HttpResponseMessage response)
    {
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString());
    }

    private static async Task FailFiveTimesAsync(WebApplicationFactory<Program> app, string userName, string from)
    {
        for (var i = 0; i < SignInThrottle.FreeTries; i++) await Expect.Status(HttpStatusCode.Unauthorized, await SignInAsync(app, userName, Wrong, from));
    }

    [Theory, BothProviders]
    public async Task An_unknown_name_and_a_wrong_password_get_the_same_answer_in_about_the_same_time(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        await SignInAsync(app, userName, Wrong, "10.9.0.1");

        var wrongTimes = new List<double>();
        var unknownTimes = new List<double>();
        HttpResponseMessage? wrong = null, unknown = null;
        // Each try from its own address, so that the back-off does not come into it.
        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            wrong = await SignInAsync(app, userName, Wrong, $"10.9.1.{i}");
            wrongTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            unknown = await SignInAsync(app, $"nobody-{i}", Wrong, $"10.9.2.{i}");
            unknownTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        await Expect.Status(HttpStatusCode.Unauthorized, wrong!);
        await Expect.Status(HttpStatusCode.Unauthorized, unknown!);
        Assert.Equal(await ProblemOf(wrong!), await ProblemOf(unknown!));
        Assert.Equal(("未登录", "用户名或密码错误。"), await ProblemOf(unknown!));
        // Without hashing for an unknown name, it answers in a fraction of the time a wrong password takes.
        double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
        Assert.True(Median(unknownTimes) > Median(wrongTimes) * 0.5, $"unknown {Median(unknownTimes):0} ms, wrong password {Median(wrongTimes):0} ms");
    }

    [Fact]
    public async Task The_sign_in_page_says_the_same_for_an_unknown_name_and_a_wrong_password_and_asks_a_guesser_to_wait()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var userName = await AnAccountAsync(app);
        using var client = app.CreateClient(MinshengApp.NoRedirects);
        async Task<HttpResponseMessage> OnThePage(string name, string password)
        {
            var form = await client.GetStringAsync("/login");
            return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = name, ["Password"] = password, ["__RequestVerificationToken"] = PageForm.Token(form),
            }));
        }

        var unknown = await (await OnThePage("nobody-at-all", Wrong)).Content.ReadAsStringAsync();
        var pages = new List<string>();
        for (var i = 0; i < SignInThrottle.FreeTries; i++) pages.Add(await (await OnThePage(userName, Wrong)).Content.ReadAsStringAsync());
        var waiting = await OnThePage(userName, MinshengApp.Password);

        Assert.Contains("用户名或密码错误", unknown);
        Assert.All(pages, page => Assert.Contains("用户名或密码错误", page));
        Assert.Equal((HttpStatusCode)429, waiting.StatusCode);
        Assert.Contains("秒后再试", await waiting.Content.ReadAsStringAsync());
    }

    [Theory, BothProviders]
    public async Task Five_failures_make_that_address_wait_while_the_owner_signs_in_from_another(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        var clock = new ManualClock();
        await using var host = WithClock(app, clock);

        await FailFiveTimesAsync(host, userName, "10.1.0.1");
        var guesser = await SignInAsync(host, userName, MinshengApp.Password, "10.1.0.1");
        var owner = await SignInAsync(host, userName, MinshengApp.Password, "10.2.0.2");
        clock.Advance(TimeSpan.FromSeconds(0.9));
        var guesserAgain = await SignInAsync(host, userName, MinshengApp.Password, "10.1.0.1");
        clock.Advance(TimeSpan.FromSeconds(0.1));
        var afterTheWait = await SignInAsync(host, userName, MinshengApp.Password, "10.1.0.1");
        var wrongAfterSuccess = await SignInAsync(host, userName, Wrong, "10.1.0.1");

        await Expect.Status((HttpStatusCode)429, guesser);
        Assert.Equal("1", guesser.Headers.RetryAfter?.ToString());
        Assert.Contains("1 秒后再试", (await ProblemOf(guesser)).Detail);
        await Expect.Status(HttpStatusCode.OK, owner);
        // The owner's success elsewhere does not clear the guesser's address.
        await Expect.Status((HttpStatusCode)429, guesserAgain);
        await Expect.Status(HttpStatusCode.OK, afterTheWait);
        // A success from the address starts its count over.
        await Expect.Status(HttpStatusCode.Unauthorized, wrongAfterSuccess);
        Assert.False(app.WithDb(db => db.Users.Single(u => u.UserName == userName).LockoutEnd.HasValue));
    }

    [Fact]
    public async Task Each_failure_past_five_doubles_the_wait_for_unknown_names_too()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var clock = new ManualClock();
        await using var host = WithClock(app, clock);

        await FailFiveTimesAsync(host, "nobody-here", "10.3.0.1");
        var first = await SignInAsync(host, "nobody-here", Wrong, "10.3.0.1");
        clock.Advance(TimeSpan.FromSeconds(1));
        var sixth = await SignInAsync(host, "nobody-here", Wrong, "10.3.0.1");
        clock.Advance(TimeSpan.FromSeconds(0.5));
        var second = await SignInAsync(host, "NOBODY-HERE", Wrong, "10.3.0.1");

        await Expect.Status((HttpStatusCode)429, first);
        Assert.Equal("1", first.Headers.RetryAfter?.ToString());
        await Expect.Status(HttpStatusCode.Unauthorized, sixth);
        await Expect.Status((HttpStatusCode)429, second);
        // Six failures: two seconds from the last, half a second of which have passed.
        Assert.Equal("2", second.Headers.RetryAfter?.ToString());
        Assert.Contains("2 秒后再试", (await ProblemOf(second)).Detail);
        clock.Advance(TimeSpan.FromSeconds(1.5));
        await Expect.Status(HttpStatusCode.Unauthorized, await SignInAsync(host, "nobody-here", Wrong, "10.3.0.1"));
    }

    [Theory, BothProviders]
    public async Task Parallel_guesses_from_one_address_get_no_more_than_five_tries(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SignInAsync(app, userName, Wrong, "10.4.0.1")));

        var tried = answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized);
        Assert.True(tried <= SignInThrottle.FreeTries + 1, $"{tried} guesses were tried");
        Assert.Equal(20 - tried, answers.Count(a => a.StatusCode == (HttpStatusCode)429));
    }

    [Theory, BothProviders]
    public async Task Past_the_accounts_cap_every_address_waits_from_its_first_failure_but_the_owner_still_signs_in(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        app.WithDb(db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.SignInFailures.AddRange(Enumerable.Range(0, SignInThrottle.AccountCap).Select(i => new SignInFailure
            {
                At = now.AddSeconds(-i), UserName = userName, ClientAddress = $"10.5.0.{i}", Reason = SignInFailureReason.WrongPassword,
            }));
            return db.SaveChanges();
        });

        var owner = await SignInAsync(app, userName, MinshengApp.Password, "10.6.0.1");
        var newcomer = await SignInAsync(app, userName, Wrong, "10.6.0.2");
        var newcomerAgain = await SignInAsync(app, userName, MinshengApp.Password, "10.6.0.2");

        await Expect.Status(HttpStatusCode.OK, owner);
        await Expect.Status(HttpStatusCode.Unauthorized, newcomer);
        await Expect.Status((HttpStatusCode)429, newcomerAgain);
    }

    [Theory, BothProviders]
    public async Task The_office_reads_the_refused_sign_ins_and_nobody_else(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var userName = await AnAccountAsync(app);
        var longName = new string('x', 1_000); // longer than the log keeps, within a body's text limit

        await SignInAsync(app, userName, Wrong, "10.7.0.1");
        var huge = await SignInAsync(app, longName, Wrong, "10.7.0.2");
        await SignInAsync(app, userName, MinshengApp.Password, "10.7.0.3");
        var office = await app.AdminAsync();
        using var reporter = await app.ClientAsAsync(Roles.Reporter, "市教育局");
        var failures = await office.GetFromJsonAsync<List<SignInFailureResponse>>("/api/accounts/sign-in-failures");
        var byReporter = await reporter.GetAsync("/api/accounts/sign-in-failures");

        await Expect.Status(HttpStatusCode.Unauthorized, huge);
        Assert.Contains(failures!, f => f.UserName == userName && f.ClientAddress == "10.7.0.1" && f.Reason == "WrongPassword");
        Assert.Contains(failures!, f => f.UserName == new string('x', SignInFailure.UserNameLength) && f.Reason == "UnknownName");
        Assert.DoesNotContain(failures!, f => f.ClientAddress == "10.7.0.3");
        await Expect.Status(HttpStatusCode.Forbidden, byReporter);
    }

    [Theory, BothProviders]
    public async Task The_log_keeps_a_year_of_refused_sign_ins_and_forgets_older_ones(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var now = DateTimeOffset.UtcNow;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MinshengDb>();
            foreach (var (name, age) in new[] { ("old-1", 400), ("old-2", 366), ("kept", 300) })
            {
                db.SignInFailures.Add(new SignInFailure { At = now.AddDays(-age), UserName = name, ClientAddress = "10.9.0.1", Reason = SignInFailureReason.WrongPassword });
            }
            await db.SaveChangesAsync();
        }

        await Expect.Status(HttpStatusCode.Unauthorized, await SignInAsync(app, "somebody", Wrong, "10.9.0.2"));

        var office = await app.AdminAsync();
        var names = (await office.GetFromJsonAsync<List<SignInFailureResponse>>("/api/accounts/sign-in-failures"))!.Select(f => f.UserName).ToList();
        Assert.DoesNotContain("old-1", names);
        Assert.DoesNotContain("old-2", names);
        Assert.Contains("kept", names);
        Assert.Contains("somebody", names);
    }
}
