using System.Text.Json;
using Microsoft.Playwright;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// A resident on a phone, without an account, on the demo: the map, filtered and "near me"; a site's
/// 民生码 opens its project; feedback from a verified phone, shown once the office approves it; and
/// nothing internal on any page or in the JSON.
/// </summary>
public class VisitingAsAResident
{
    private const string Phone = "13700001111";

    [Fact]
    public async Task A_resident_finds_a_project_near_them_leaves_feedback_and_sees_it_after_moderation()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync(390, 844);
        await browser.Context.GrantPermissionsAsync(["geolocation"]);
        await browser.Context.SetGeolocationAsync(new Geolocation { Latitude = 38.918f, Longitude = 121.644f });
        var page = await browser.Context.NewPageAsync();
        var address = app.ServerAddress;

        // The map: every site, then one category's, then one district's, then the nearest first.
        await page.GotoAsync(address + "/public/1/map");
        await page.WaitForSelectorAsync("#map[data-ready=true]");
        var all = await page.Locator("#site-list li[data-site]").CountAsync();
        Assert.True(all > 30, $"{all} sites on the map");
        // Every site on the map, alone or in a cluster counting it, over Dalian's 10 real districts.
        var clustered = await page.Locator("#map .site-cluster span[aria-hidden]").AllInnerTextsAsync();
        Assert.Equal(all, await page.Locator("#map .site-marker").CountAsync() + clustered.Sum(int.Parse));
        Assert.Equal(10, await page.Locator("#map path.district-boundary").CountAsync());
        await page.SelectOptionAsync("#category", "01");
        var housing = await page.Locator("#site-list li[data-site]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.category)");
        Assert.NotEmpty(housing);
        Assert.All(housing, category => Assert.Equal("01", category));
        await page.SelectOptionAsync("#category", "");
        await page.SelectOptionAsync("#district", "甘井子区");
        var districts = await page.Locator("#site-list li[data-site]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.district)");
        Assert.All(districts, district => Assert.Equal("甘井子区", district));
        await page.SelectOptionAsync("#district", "");
        await page.ClickAsync("#near-me");
        await page.WaitForSelectorAsync("#nearest-title:not([hidden])");
        var distances = (await page.Locator("#site-list li small").AllInnerTextsAsync()).Select(d => decimal.Parse(d.Trim('约', '公', '里'))).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.True(distances[0] < 1, $"the nearest site is {distances[0]} km away");
        // Leaflet animates the zoom to the visitor's position.
        await page.WaitForTimeoutAsync(1000);
        await Browser.ScreenshotAsync(page, "public-map");

        // A site's poster carries the address its 民生码 opens.
        var siteId = app.WithDb(db => db.Sites.Where(s => db.Projects.Any(p => p.Id == s.ProjectId && p.Code == "01-01")).Min(s => s.Id));
        await page.GotoAsync($"{address}/public/1/projects/01-01/poster?site={siteId}");
        var codeUrl = await page.InnerTextAsync(".poster-url");
        await Browser.ScreenshotAsync(page, "public-poster");
        await page.GotoAsync(codeUrl);
        Assert.Contains($"site-{siteId}", await page.Locator(".scanned").First.GetAttributeAsync("id") ?? "");
        // The project's photos load (lazily, once scrolled to), each opening the larger image.
        var photos = page.Locator(".photos img");
        await photos.Last.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.photos img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Equal(2, await photos.CountAsync());
        Assert.Equal(480, await photos.First.EvaluateAsync<int>("i => i.naturalWidth"));
        await Browser.ScreenshotAsync(page, "public-project");

        // Feedback from a verified phone.
        await page.ClickAsync("a.button:has-text('我要评价')");
        await page.FillAsync("#Phone", Phone);
        await page.ClickAsync("#send-code");
        await page.WaitForSelectorAsync(".message");
        await page.FillAsync("#SmsCode", MinshengApp.CodeIn(app.Sms.To(Phone).Last()));
        await page.ClickAsync("label[for=rating-5]");
        await page.FillAsync("#Text", "小区旁边的保障房建得很快，希望配套学校同步建设");
        await page.ClickAsync("#submit-feedback");
        Assert.Contains("审核通过后公开显示", await page.InnerTextAsync(".message"));

        await page.GotoAsync(codeUrl);
        Assert.DoesNotContain("希望配套学校同步建设", await page.ContentAsync());

        // The office approves it; the page shows it at once.
        var admin = await app.AdminAsync();
        var pending = await app.GetJsonAsync("/api/plans/1/feedback?state=pending");
        var id = pending.EnumerateArray().Single().GetProperty("id").GetInt64();
        Assert.True((await admin.PostAsync($"/api/plans/1/feedback/{id}/approve", null)).IsSuccessStatusCode);
        await page.GotoAsync(codeUrl);
        Assert.Contains("希望配套学校同步建设", await page.InnerTextAsync("section.ratings"));
        await Browser.ScreenshotAsync(page, "public-project-feedback");

        // Nothing internal anywhere a visitor goes: October is only verified, problems and accounts are the office's.
        var secrets = app.WithDb(db => db.Problems.Select(p => p.Description).Distinct().ToList())
            .Concat(app.WithDb(db => db.Users.Select(u => u.UserName!).ToList()).Select(name => $">{name}<"))
            .Append(Phone).Append("2024年10月").Append("2024-10");
        foreach (var url in new[] { "/public/1", "/public/1/projects/01-01", "/public/1/map", "/api/public/plans/1", "/api/public/plans/1/projects/01-01", "/api/public/plans/1/sites" })
        {
            var response = await page.GotoAsync(address + url);
            var body = url.StartsWith("/api") ? await response!.TextAsync() : await page.ContentAsync();
            foreach (var secret in secrets) Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} shows \"{secret}\"");
        }
        Assert.Equal("2024-09", JsonDocument.Parse(await (await page.GotoAsync(address + "/api/public/plans/1"))!.TextAsync()).RootElement.GetProperty("period").GetString());
    }
}
