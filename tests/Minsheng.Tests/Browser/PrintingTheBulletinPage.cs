using Microsoft.Playwright;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// The office opens the printable bulletin on a phone and on a desk: the red header in red, the page no wider
/// than the screen (the attached table scrolls in its own box), the PDF links beside the Word and Excel ones;
/// printed by the browser, it is A4 with — 1 — page numbers. Screenshots and the printed PDF are kept.
/// </summary>
public class PrintingTheBulletinPage
{
    [Fact]
    public async Task The_bulletin_page_fits_a_phone_and_a_desk_and_prints_as_A4_with_page_numbers()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        foreach (var (width, height) in new[] { (390, 844), (1440, 900) })
        {
            await using var browser = await Browser.LaunchAsync(width, height);
            var page = await browser.Context.NewPageAsync();
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(app.ServerAddress + "/login");
            await page.FillAsync("#UserName", "office");
            await page.FillAsync("#Password", AccountSeeding.DemoPassword);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(url => !url.Contains("/login"));

            await page.GotoAsync(app.ServerAddress + "/documents/bulletin");

            var mark = page.Locator(".red-head .mark");
            Assert.EndsWith("文件", await mark.InnerTextAsync());
            Assert.Equal("rgb(255, 0, 0)", await mark.EvaluateAsync<string>("e => getComputedStyle(e).color"));
            Assert.Equal(3, await page.Locator("a[href*='/documents/'][href*='.pdf?month=']").CountAsync());
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"the page is {overflow}px wider than the {width}px screen");
            Assert.Empty(errors);
            await Browser.ScreenshotAsync(page, $"bulletin-{width}x{height}");

            if (width > 1000)
            {
                var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
                var folder = Path.Combine(Browser.Artifacts, "documents");
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, "bulletin-page-printed.pdf"), pdf);
                using var printed = UglyToad.PdfPig.PdfDocument.Open(pdf);
                var first = printed.GetPage(1);
                Assert.Equal((595, 842), ((int)Math.Round(first.Width), (int)Math.Round(first.Height)));
                var text = string.Concat(first.Letters.Select(l => l.Value)).Replace(" ", "");
                Assert.Contains("—1—", text);
                Assert.DoesNotContain("下载", text);
            }
        }
    }
}
