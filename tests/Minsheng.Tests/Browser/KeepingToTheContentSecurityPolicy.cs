using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>Under the Content-Security-Policy (no inline script or style) the pages draw their charts and map and the browser reports no violation.</summary>
public class KeepingToTheContentSecurityPolicy
{
    [Fact]
    public async Task The_dashboard_project_page_map_and_api_reference_work_without_a_single_violation()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add($"{page.Url}: {message.Text}");
        };
        page.PageError += (_, error) => violations.Add($"{page.Url}: {error}");
        var address = app.ServerAddress;

        await Browser.SignInAsync(page, address, "office");

        // The dashboard's charts, and a tooltip, which ECharts writes as HTML.
        var chart = page.Locator("[data-chart=categories] canvas").First;
        await chart.WaitForAsync();
        await PointAtAsync(page, chart);
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(3, await page.Locator(".chart-box:not([hidden]) canvas").CountAsync());

        await page.GotoAsync(address + "/plans/1/projects/01-01");
        await PointAtAsync(page, page.Locator("[data-trajectory] canvas").First);
        await page.WaitForTimeoutAsync(500);

        // A select that submits its form on change (page.js, not an inline handler).
        await page.GotoAsync(address + "/documents/bulletin");
        var month = page.Locator("select[name=month]");
        if (await month.CountAsync() > 0 && await month.Locator("option").CountAsync() > 1)
        {
            var second = await month.Locator("option").Nth(1).GetAttributeAsync("value");
            await month.SelectOptionAsync(second!);
            await page.WaitForURLAsync(url => url.Contains("month=" + second));
        }

        await page.GotoAsync(address + "/public/1/map");
        await page.WaitForSelectorAsync("#map[data-ready=true]");
        await page.GotoAsync(address + "/public/1/projects/01-01");
        await page.GotoAsync(address + "/public/1/projects/01-01/poster");
        await page.GotoAsync(address + "/public/1");

        await page.GotoAsync(address + "/scalar/v1");
        await page.WaitForTimeoutAsync(1500);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Moves the mouse over the middle of a chart, where ECharts opens its tooltip.</summary>
    private static async Task PointAtAsync(Microsoft.Playwright.IPage page, Microsoft.Playwright.ILocator canvas)
    {
        await canvas.WaitForAsync();
        var box = await canvas.BoundingBoxAsync() ?? throw new InvalidOperationException("the chart has no box");
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 3);
        await page.Mouse.MoveAsync(box.X + box.Width / 2 + 5, box.Y + box.Height / 3 + 5);
    }
}
