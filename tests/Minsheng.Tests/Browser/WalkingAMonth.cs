using Microsoft.Playwright;
using Minsheng.Data;
using Minsheng.Demo;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// A whole month's cycle in a real browser on the demo: the unit submits October, the lead unit
/// returns it with a reason, the unit resubmits, the lead accepts, the office verifies and
/// publishes, and the dashboard moves to October.
/// </summary>
public class WalkingAMonth
{
    private static async Task SignInAsync(IPage page, string baseAddress, string userName)
    {
        if (await page.Locator(".signout button").CountAsync() > 0)
        {
            await page.ClickAsync(".signout button");
            await page.WaitForURLAsync(baseAddress + "/login");
        }
        await Browser.SignInAsync(page, baseAddress, userName);
    }

    private static ILocator UnitCard(IPage page) => page.Locator($"section.submission[data-unit='{DemoChain.WalkingUnit}']");

    [Fact]
    public async Task A_unit_submits_the_lead_returns_the_unit_resubmits_the_lead_accepts_the_office_verifies_and_publishes()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        var address = app.ServerAddress;

        await SignInAsync(page, address, "leader");
        var before = await page.InnerTextAsync(".asof");

        // The unit fills in its month: every line, at least last month's figure.
        await SignInAsync(page, address, "reporter");
        await page.GotoAsync(address + "/report");
        Assert.Contains("2024年10月", await page.InnerTextAsync("h1"));
        foreach (var row in await page.Locator("tr[data-indicator]").AllAsync())
        {
            // A milestone's stage is chosen from its list, any other figure typed.
            var actual = row.Locator("[name$='.Actual']");
            var suggested = (await row.GetAttributeAsync("data-suggested"))!;
            if (await actual.EvaluateAsync<string>("e => e.tagName") == "SELECT") await actual.SelectOptionAsync(suggested);
            else await actual.FillAsync(suggested);
        }
        await Browser.ScreenshotAsync(page, "report-form");
        await page.ClickAsync("form.report button[type=submit]");
        await page.WaitForSelectorAsync(".chain[data-state=Submitted]");

        // The lead unit returns it with a reason.
        await SignInAsync(page, address, "reviewer");
        await page.GotoAsync(address + "/review");
        await UnitCard(page).Locator("input[name=reason]").FillAsync("请补充进展情况说明");
        await UnitCard(page).Locator("form.return button").ClickAsync();
        await UnitCard(page).And(page.Locator("[data-state=Returned]")).WaitForAsync();

        // The unit sees why and resubmits.
        await SignInAsync(page, address, "reporter");
        await page.GotoAsync(address + "/report");
        Assert.Contains("请补充进展情况说明", await page.InnerTextAsync(".chain"));
        await page.Locator("tr[data-indicator] input[name$='.Note']").First.FillAsync("已补充说明：10月完成年度目标");
        await page.ClickAsync("form.report button[type=submit]");
        await page.WaitForSelectorAsync(".chain[data-state=Submitted]");

        // The lead unit accepts.
        await SignInAsync(page, address, "reviewer");
        await page.GotoAsync(address + "/review");
        await Browser.ScreenshotAsync(page, "review-lead");
        await UnitCard(page).Locator("button:has-text('审核通过')").ClickAsync();
        await UnitCard(page).And(page.Locator("[data-state=Accepted]")).WaitForAsync();

        // The office verifies and publishes the month.
        await SignInAsync(page, address, "office");
        await page.GotoAsync(address + "/review");
        Assert.Contains("未按时报送", await page.InnerTextAsync("section.missing"));
        await UnitCard(page).Locator("button:has-text('核实')").ClickAsync();
        await UnitCard(page).And(page.Locator("[data-state=Verified]")).WaitForAsync();
        await Browser.ScreenshotAsync(page, "review-office");
        // Units have not reported: publishing asks for a confirmation and a reason, and keeps them.
        Assert.Contains("未报送", await page.InnerTextAsync("section.publish [data-gap=not-reported]"));
        await page.ClickAsync("section.publish button");
        Assert.Equal(0, await UnitCard(page).And(page.Locator("[data-state=Published]")).CountAsync());
        await page.CheckAsync("section.publish input[name=confirmGaps]");
        await page.FillAsync("section.publish textarea[name=gapsReason]", "按时印发月度通报，缺报单位另行督办");
        await page.ClickAsync("section.publish button");
        await UnitCard(page).And(page.Locator("[data-state=Published]")).WaitForAsync();
        Assert.Contains("按时印发月度通报，缺报单位另行督办", await page.InnerTextAsync("section.publish"));

        // The project's history shows the returned version with its return, by whom and why, and no step it did not get.
        var project = DemoData.Plan().Projects.First(p => p.Lead == DemoChain.WalkingUnit);
        await page.GotoAsync($"{address}/plans/1/projects/{project.Code}?month=2024-10");
        var history = page.Locator($"section[id='{project.Indicators[0].Code}'] details");
        await history.Locator("summary").ClickAsync();
        var returned = history.Locator("tr[data-period='2024-10'][data-state=Returned]");
        Assert.Equal(1, await returned.CountAsync());
        var returnedText = await returned.InnerTextAsync();
        Assert.Contains("退回", returnedText);
        Assert.Contains("请补充进展情况说明", returnedText);
        Assert.Contains("市住房城乡建设局 审核员", returnedText);
        Assert.Contains("2024年10月", returnedText);
        Assert.Equal(0, await returned.Locator("[data-step=Accepted], [data-step=Verified], [data-step=Published]").CountAsync());
        var published = history.Locator("tr[data-period='2024-10']:not(.superseded)");
        Assert.Equal(1, await published.Locator("[data-step=Published]").CountAsync());
        Assert.DoesNotContain(">reviewer<", await page.ContentAsync());
        await Browser.ScreenshotAsync(page, "project-history-returned");

        // Everyone now sees October.
        await SignInAsync(page, address, "leader");
        var after = await page.InnerTextAsync(".asof");
        Assert.Contains("2024年9月", before);
        Assert.Contains("2024年10月", after);
        Assert.Contains("沿用上月数据", await page.InnerTextAsync("section.reporting"));
        await Browser.ScreenshotAsync(page, "dashboard-after-publishing");
    }
}
