using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>A person in a real browser: signs in with a demo account, reads the dashboard, opens a project.</summary>
public class SigningInAndLookingAround
{

    [Fact]
    public async Task Each_role_signs_in_and_sees_the_dashboard_with_the_engines_figures()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        var expected = ProgressEngine.Summarize(Demo.DemoData.Plan(), new DateOnly(2024, 9, 30)).Overall;

        foreach (var (userName, displayName, _, _) in AccountSeeding.DemoAccounts)
        {
            await using var browser = await Browser.LaunchAsync();
            var page = await browser.Context.NewPageAsync();

            await Browser.SignInAsync(page, app.ServerAddress, userName);

            Assert.Equal(expected.Status.Behind.ToString(), await page.InnerTextAsync("[data-figure=behind]"));
            Assert.Equal($"{expected.Progress * 100:0.0}%", await page.InnerTextAsync("[data-figure=progress]"));
            // A person by name, not by login name.
            Assert.Equal(displayName, await page.InnerTextAsync(".signout a"));
            await Browser.ScreenshotAsync(page, $"dashboard-{userName}");
        }
    }

    [Fact]
    public async Task From_the_supervision_list_a_project_page_opens_and_signing_out_returns_to_the_sign_in_page()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await Browser.SignInAsync(page, app.ServerAddress, "leader");

        var project = page.Locator(".supervised a").First;
        var name = await project.InnerTextAsync();
        await project.ClickAsync();
        await page.WaitForSelectorAsync("section.indicator");

        Assert.Equal(name, (await page.InnerTextAsync("h1")).Split(' ')[0].Trim());
        await Browser.ScreenshotAsync(page, "project");
        await page.ClickAsync(".signout button");
        await page.WaitForURLAsync(app.ServerAddress + "/login");
    }

    [Fact]
    public async Task On_a_phone_the_dashboard_fits_the_screen()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync(width: 390, height: 844);
        var page = await browser.Context.NewPageAsync();

        await Browser.SignInAsync(page, app.ServerAddress, "deputy");

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the page is wider than a phone's screen");
        await Browser.ScreenshotAsync(page, "dashboard-phone");
    }
}
