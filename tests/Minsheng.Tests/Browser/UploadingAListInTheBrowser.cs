using System.Text.RegularExpressions;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>The office in a real browser: uploads a published list, corrects a target in the preview, saves, and lands on the plan.</summary>
public partial class UploadingAListInTheBrowser
{
    [Fact]
    public async Task The_office_uploads_the_Dalian_list_corrects_a_target_and_lands_on_the_stored_plan()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await Browser.SignInAsync(page, app.ServerAddress, "office");

        // The office's work pages fold into one menu (办理).
        await page.ClickAsync("nav .dropdown-toggle");
        await page.ClickAsync("nav a[href='/imports']");
        // The demo holds Dalian's 2024 plan already: this list is stored as the next year's.
        await page.SetInputFilesAsync("input[name=list]", ListUploadPage.Sample("dalian-2024-plan.txt"));
        await page.FillAsync("input[name=year]", "2025");
        await page.FillAsync("input[name=region]", "大连市");
        // The preview of 46 projects is a long page: counted once it has loaded whole.
        await page.ClickAsync("form.upload button[type=submit]");
        await page.WaitForURLAsync("**/imports?handler=Preview");

        Assert.Equal(46, await page.Locator("section.project").CountAsync());
        Assert.Equal("2170套1", await page.InnerTextAsync("section[data-project='01-01'] mark"));
        var target = page.Locator("input[name='Form.Categories[2].Projects[0].Indicators[0].Target']");
        await target.FillAsync("1234");
        await Browser.ScreenshotAsync(page, "list-preview");
        await page.ClickAsync("button.save");
        await page.WaitForURLAsync(PlanPage());

        Assert.Equal("2025年大连市民生实事项目", await page.InnerTextAsync("h1"));
        var id = int.Parse(PlanPage().Match(page.Url).Groups[1].Value);
        Assert.Equal(1234m, app.WithDb(db => db.Indicators.Single(i => i.PlanId == id && i.Code == "03-01-1").Target));
        await Browser.ScreenshotAsync(page, "list-saved");
    }

    [Fact]
    public async Task On_a_phone_the_office_says_what_an_unread_column_means_and_reads_the_list_again()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await Browser.SignInAsync(page, app.ServerAddress, "office");
        var list = Path.Combine(Directory.CreateTempSubdirectory("minsheng-remap-").FullName, "清单.txt");
        await File.WriteAllTextAsync(list, string.Join('\n',
            "2025年某市民生实事项目清单",
            "序号\t项目名称\t主要内容\t牵头单位\t年度安排\t完成时限",
            "1\t新建公办幼儿园\t新建公办幼儿园5所\t市教育局\t新增学位1500个\t2025年9月底",
            "2\t改造农村公路\t改造农村公路50公里\t市交通局\t\t2025年11月底"));

        await page.GotoAsync(app.ServerAddress + "/imports");
        await page.SetInputFilesAsync("input[name=list]", list);
        await page.ClickAsync("form.upload button[type=submit]");
        await page.WaitForSelectorAsync("form[data-remap]");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await Browser.ScreenshotAsync(page, "list-remap-390");
        await page.SelectOptionAsync("select[data-choice='年度安排']", "Content");
        await page.ClickAsync("form[data-remap] button[type=submit]");
        await page.WaitForURLAsync("**/imports?handler=Remap");
        // Each target is a block on a phone, its fields under their headings: nothing runs off the screen.
        var previewOverflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var nameWidth = await page.EvaluateAsync<int>("() => document.querySelector(\"input[name='Form.Categories[0].Projects[0].Indicators[0].Name']\").getBoundingClientRect().width");

        Assert.Equal((0, 0), (overflow, previewOverflow));
        Assert.True(nameWidth > 250, $"the name field is {nameWidth} px wide on a phone");
        Assert.Equal(0, await page.Locator("form[data-remap]").CountAsync());
        Assert.Equal(2, await page.Locator("section[data-project='01-01'] tr[data-row]:not(.added) input[name$='.Target']").CountAsync());
        Assert.Equal("9月:1500", await page.InputValueAsync("input[name='Form.Categories[0].Projects[0].Indicators[1].Nodes']"));
        await Browser.ScreenshotAsync(page, "list-remapped-390");
    }

    [GeneratedRegex(@"/\?plan=(\d+)$")]
    private static partial Regex PlanPage();
}
