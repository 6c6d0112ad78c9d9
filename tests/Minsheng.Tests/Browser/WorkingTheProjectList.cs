using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;
using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>A clerk in a real browser: the behind projects, sorted and exported, in three clicks from the dashboard; the menu on a phone.</summary>
public class WorkingTheProjectList
{
    [Fact]
    public async Task A_clerk_finds_sorts_and_exports_the_behind_projects_in_three_clicks_from_the_dashboard()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        var expected = ProgressEngine.Summarize(Demo.DemoData.Plan(), new DateOnly(2024, 9, 30));
        var behind = expected.Projects.Where(p => p.Status == Status.Behind).ToList();
        await using var browser = await Browser.LaunchAsync(1440, 900);
        var page = await browser.Context.NewPageAsync();
        await Browser.SignInAsync(page, app.ServerAddress, "office");

        // 1: the count of behind projects on the dashboard opens the list filtered to them.
        await page.ClickAsync("[data-behind-link]");
        await page.WaitForURLAsync(url => url.Contains("status=Behind"));
        var table = page.Locator("table[data-projects]");
        await Assertions.Expect(table).ToHaveAttributeAsync("data-shown", behind.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(behind.Count, await table.Locator("tbody tr:visible").CountAsync());

        // 2: sorted by progress, the best first.
        await page.ClickAsync("th:has-text('进度') >> nth=0 >> button.sort");
        var shownCodes = await table.Locator("tbody tr:visible td:first-child").AllInnerTextsAsync();
        var byProgress = behind.OrderByDescending(p => p.Progress ?? -1).Select(p => p.Progress).ToList();
        Assert.Equal(byProgress, shownCodes.Select(code => behind.Single(p => p.Code == code).Progress).ToList());
        await Browser.ScreenshotAsync(page, "project-list-behind");

        // 3: exported: exactly those rows in that order.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-export]"));
        var path = Path.Combine(Browser.Artifacts, "downloads", download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using var workbook = SpreadsheetDocument.Open(path, false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        string Cell(Row row, int column) => row.Elements<Cell>().ElementAt(column).InnerText;
        Assert.Equal("编号", Cell(rows[1], 0));
        Assert.Equal(shownCodes, rows.Skip(2).Select(r => Cell(r, 0)).ToList());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
    }

    [Fact]
    public async Task On_a_phone_the_menu_folds_into_a_button_and_marks_the_page_one_is_on()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync(390, 844);
        var page = await browser.Context.NewPageAsync();
        await Browser.SignInAsync(page, app.ServerAddress, "leader");
        await page.GotoAsync(app.ServerAddress + "/rankings");

        var menu = page.Locator("#menu");
        await Assertions.Expect(menu).ToBeHiddenAsync();
        await page.ClickAsync(".navbar-toggler");
        await Assertions.Expect(menu).ToBeVisibleAsync();
        var current = page.Locator("#menu [aria-current=page]");
        await Assertions.Expect(current).ToHaveCountAsync(1);
        await Assertions.Expect(current).ToHaveAttributeAsync("href", "/rankings");
        await Browser.ScreenshotAsync(page, "menu-phone");
    }

}
