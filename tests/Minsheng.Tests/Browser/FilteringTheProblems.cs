using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// The office closes a problem on /problems and filters the list by status: the filter shows only what matches and
/// stays in the address; an earlier month shows the problem open, as it stood then.
/// </summary>
public class FilteringTheProblems
{
    [Fact]
    public async Task A_closed_problem_is_all_the_closed_filter_shows_and_an_earlier_month_shows_it_open()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync(1440, 900);
        var page = await browser.Context.NewPageAsync();
        var address = app.ServerAddress;
        await Browser.SignInAsync(page, address, "office");

        await page.GotoAsync(address + "/problems");
        var rows = page.Locator("table[data-problems] tbody tr");
        var all = await rows.CountAsync();
        Assert.True(all >= 2, $"the demo has {all} problems");
        Assert.Equal(all, await page.Locator("tr[data-status=Open]").CountAsync());
        var closed = await rows.First.GetAttributeAsync("data-problem");
        await rows.First.Locator("button:has-text('销号')").ClickAsync();
        await page.Locator($"tr[data-problem='{closed}'][data-status=Resolved]").WaitForAsync();

        await page.SelectOptionAsync("select[data-key=status]", "Resolved");
        var shown = page.Locator("table[data-problems] tbody tr:visible");
        Assert.Equal(1, await shown.CountAsync());
        Assert.Equal(closed, await shown.First.GetAttributeAsync("data-problem"));
        Assert.Contains("status=Resolved", page.Url);
        await Browser.ScreenshotAsync(page, "problems-closed-filter");

        // The filter in the address opens the list filtered.
        await page.GotoAsync(address + "/problems?status=Open");
        Assert.Equal(all - 1, await shown.CountAsync());
        Assert.Equal(all - 1, await page.Locator("table[data-problems] tbody tr[data-status=Open]:visible").CountAsync());
        Assert.Equal("Open", await page.InputValueAsync("select[data-key=status]"));

        // August's list, as it stood when September was published: the problem was open then, and nothing is closed from the past.
        await page.SelectOptionAsync("#chooser-month", "2024-08");
        await page.WaitForURLAsync(url => url.Contains("month=2024-08"));
        Assert.Equal(all, await page.Locator("tr[data-status=Open]").CountAsync());
        Assert.Equal(0, await page.Locator("table[data-problems] button:has-text('销号')").CountAsync());
        Assert.Contains("2024年8月", await page.InnerTextAsync(".asof"));
    }
}
