using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>An attacker fires requests at a phone's code in parallel: every guess counts, one code at a time, one code for one action.</summary>
public class GuessingSmsCodes
{
    private const string Phone = "13912345678";

    // The per-address rate limiter would refuse most parallel requests; these tests are about the database's guard.
    private static readonly Dictionary<string, string> Unlimited = new() { ["Portal:Limits:PostsPerAddressPerMinute"] = "100000" };

    private static Task<HttpResponseMessage> FeedbackAsync(HttpClient resident, int planId, string code) =>
        resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/feedback", new { phone = Phone, code, rating = 5 });

    private static string[] WrongCodes(string code, int count) =>
        Enumerable.Range(0, count + 1).Select(i => (i * 7919).ToString("D6")).Where(c => c != code).Take(count).ToArray();

    [Theory, BothProviders]
    public async Task Hundred_parallel_wrong_guesses_are_all_counted_and_the_right_code_is_refused_after_them(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: Unlimited);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);

        var guesses = await Task.WhenAll(WrongCodes(code, 100).Select(wrong => FeedbackAsync(resident, planId, wrong)));
        var right = await FeedbackAsync(resident, planId, code);

        Assert.All(guesses, g => Assert.Equal(HttpStatusCode.BadRequest, g.StatusCode));
        await Expect.ProblemNaming("code", right);
        Assert.Equal(5, app.WithDb(db => db.PhoneCodes.Single(c => c.Phone == Phone).FailedAttempts));
        Assert.Equal(0, app.WithDb(db => db.Feedback.Count()));
    }

    [Theory, BothProviders]
    public async Task Of_hundred_parallel_guesses_with_the_right_one_among_them_no_more_than_the_allowed_tries_are_looked_at(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: Unlimited);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        var guesses = WrongCodes(code, 99).Append(code).OrderBy(_ => Random.Shared.Next()).ToArray();

        var answers = await Task.WhenAll(guesses.Select(guess => FeedbackAsync(resident, planId, guess)));
        var stored = app.WithDb(db => db.PhoneCodes.Single(c => c.Phone == Phone));
        var created = answers.Count(a => a.StatusCode == HttpStatusCode.Created);

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest }));
        Assert.InRange(stored.FailedAttempts, 0, 5);
        // The right code counts only if fewer than the allowed wrong guesses came before it, and then it is spent.
        Assert.Equal(created == 1, stored.Spent);
        Assert.InRange(created, 0, 1);
        if (created == 0) Assert.Equal(5, stored.FailedAttempts);
        Assert.Equal(created, app.WithDb(db => db.Feedback.Count()));
    }

    [Theory, BothProviders]
    public async Task Twenty_parallel_code_requests_send_one_code(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: Unlimited);
        using var resident = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => resident.PostAsJsonAsync("/api/public/phone-codes", new { phone = Phone })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(19, answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.Single(app.Sms.To(Phone));
        Assert.Equal(1, app.WithDb(db => db.PhoneCodes.Single(c => c.Phone == Phone).CodesInWindow));
    }

    [Theory, BothProviders]
    public async Task Parallel_requests_get_no_more_codes_a_day_than_allowed_and_a_new_code_replaces_the_old(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: new Dictionary<string, string>(Unlimited) { ["Portal:Limits:SecondsBetweenCodes"] = "0" });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();

        var answers = (await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => resident.PostAsJsonAsync("/api/public/phone-codes", new { phone = Phone })))).ToList();
        // Parallel requests stamped a moment before the latest code count as too soon; later ones use up the day's allowance.
        for (var i = 0; i < 5; i++) answers.Add(await resident.PostAsJsonAsync("/api/public/phone-codes", new { phone = Phone }));
        var codes = app.Sms.To(Phone).Select(MinshengApp.CodeIn).ToList();
        var latest = app.WithDb(db => db.PhoneCodes.Single(c => c.Phone == Phone));
        // Every code but the live one was replaced; which one is live depends on the order the UPDATEs ran in.
        var usable = new List<HttpStatusCode>();
        foreach (var code in codes.Distinct()) usable.Add((await FeedbackAsync(resident, planId, code)).StatusCode);

        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(5, codes.Count);
        Assert.Equal(5, latest.CodesInWindow);
        Assert.Single(usable, HttpStatusCode.Created);
    }

    [Theory, BothProviders]
    public async Task One_code_serves_one_action_even_when_sent_in_parallel(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: Unlimited);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => FeedbackAsync(resident, planId, code)));
        var follow = await resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/followers", new { phone = Phone, code });

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        await Expect.ProblemNaming("code", follow);
        Assert.Equal(1, app.WithDb(db => db.Feedback.Count()));
        Assert.Equal(0, app.WithDb(db => db.Followers.Count()));
    }

    [Theory, BothProviders]
    public async Task A_code_lives_five_minutes_and_a_refused_field_does_not_spend_it(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        using var resident = app.CreateClient();
        var code = await app.CodeForAsync(resident, Phone);
        var expires = app.WithDb(db => db.PhoneCodes.Single(c => c.Phone == Phone).ExpiresAt - db.PhoneCodes.Single(c => c.Phone == Phone).SentAt);

        var badRating = await resident.PostAsJsonAsync($"/api/public/plans/{planId}/projects/01-01/feedback", new { phone = Phone, code, rating = 9 });
        app.WithDb(db => db.PhoneCodes.Where(c => c.Phone == Phone).ExecuteUpdate(s => s.SetProperty(c => c.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        var late = await FeedbackAsync(resident, planId, code);

        Assert.Equal(TimeSpan.FromMinutes(5), expires);
        await Expect.ProblemNaming("rating", badRating);
        Assert.False(app.WithDb(db => db.PhoneCodes.Single(c => c.Phone == Phone).Spent));
        await Expect.ProblemNaming("code", late);
    }
}
