using Microsoft.Playwright;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>A person in a real browser sees the charts ECharts draws on the dashboard and on a project page.</summary>
public class SeeingTheCharts
{
    /// <summary>A page signed in as the leader, and the script errors it meets from then on.</summary>
    private static async Task<(IPage Page, List<string> Errors)> SignedInPageAsync(Browser browser, string baseAddress)
    {
        var page = await browser.Context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await Browser.SignInAsync(page, baseAddress, "leader");
        return (page, errors);
    }

    [Fact]
    public async Task The_dashboard_draws_its_three_charts_on_canvases()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await SignedInPageAsync(browser, app.ServerAddress);

        foreach (var chart in new[] { "categories", "districts", "money" })
        {
            var canvas = page.Locator($"[data-chart={chart}] canvas").First;
            await canvas.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            var box = await canvas.BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 150 }, $"the {chart} chart is {box?.Width}×{box?.Height}");
        }
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "dashboard-charts");
    }

    [Fact]
    public async Task A_project_page_draws_a_trajectory_for_each_indicator()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var (page, errors) = await SignedInPageAsync(browser, app.ServerAddress);

        await page.GotoAsync(app.ServerAddress + "/plans/1/projects/01-01");
        await page.Locator("[data-trajectory] canvas").First.WaitForAsync();

        Assert.Equal(await page.Locator("section.indicator").CountAsync(), await page.Locator("[data-trajectory] canvas").CountAsync());
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "project-charts");
    }
}
