using System.Text.Json;
using Microsoft.Playwright;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Minsheng.Tests.Browser;

/// <summary>
/// Every page as each role sees it, on a phone (390×844) and an office screen (1440×900): the page never scrolls
/// sideways, the browser reports no error, axe-core finds no serious or critical accessibility violation, and a
/// screenshot of each is kept in artifacts/screenshots/pages.
/// </summary>
public class LookingAtEveryPage(ITestOutputHelper output)
{
    private static readonly (int Width, int Height)[] Sizes = [(390, 844), (1440, 900)];

    private static readonly string[] OfficePages =
    [
        "/", "/projects?plan=1", "/indicators?plan=1", "/plans/1/projects/01-01", "/rankings", "/problems", "/supervision", "/documents/bulletin",
        "/report", "/review", "/imports", "/sites", "/feedback", "/accounts", "/account/password",
    ];

    private static readonly Dictionary<string, string[]> PagesByRole = new()
    {
        ["office"] = OfficePages,
        ["reporter"] = ["/", "/report", "/plans/1/projects/01-01", "/problems"],
        ["reviewer"] = ["/review"],
        ["leader"] = ["/", "/projects?plan=1&status=Behind", "/supervision", "/rankings"],
    };

    private static readonly string[] PublicPages =
        ["/login", "/public", "/public/1", "/public/1/projects/01-01", "/public/1/projects/01-01/feedback", "/public/1/map"];

    [Fact]
    public async Task Every_page_fits_a_phone_and_an_office_screen_without_errors_or_serious_accessibility_violations()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync();
        var axe = await File.ReadAllTextAsync(AxeScript());
        var page = await browser.Context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{page.Url}: {message.Text}"); };
        page.PageError += (_, error) => errors.Add($"{page.Url}: {error}");
        var failures = new List<string>();
        var visited = 0;

        async Task LookAsync(string role, string path)
        {
            foreach (var (width, height) in Sizes)
            {
                await page.SetViewportSizeAsync(width, height);
                var response = await page.GotoAsync(app.ServerAddress + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                visited++;
                if (response is null || !response.Ok) failures.Add($"{role} {path} at {width}: HTTP {response?.Status}");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                if (overflow > 0) failures.Add($"{role} {path} at {width}: the page scrolls sideways by {overflow} px ({await WidestAsync(page)})");
                foreach (var violation in await SeriousViolationsAsync(page, axe)) failures.Add($"{role} {path} at {width}: {violation}");
                var name = $"{role}{path.Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '-')}-{width}";
                await ScreenshotAsync(page, name);
            }
        }

        foreach (var path in PublicPages) await LookAsync("anonymous", path);
        foreach (var (role, paths) in PagesByRole)
        {
            await browser.Context.ClearCookiesAsync();
            await Browser.SignInAsync(page, app.ServerAddress, role);
            foreach (var path in paths) await LookAsync(role, path);
        }

        output.WriteLine($"{visited} page views");
        failures.AddRange(errors);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// Runs axe-core in the page (through the DevTools protocol, which the page's Content-Security-Policy does not
    /// govern) and lists its serious and critical violations with the first elements they name.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string axe)
    {
        await page.EvaluateAsync(axe);
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')})`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    internal static string AxeScript()
    {
        var axe = Path.Combine(Repository.Host, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(axe) ? axe : throw new FileNotFoundException("axe-core is restored by the web app's build (src/Minsheng/package.json).", axe);
    }

    private static async Task<string> WidestAsync(IPage page) => await page.EvaluateAsync<string>("""
        () => {
          const limit = window.innerWidth;
          const wide = Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > limit + 1);
          const outermost = wide.filter(e => !wide.includes(e.parentElement));
          return outermost.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')).join(', ');
        }
        """);

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Browser.Artifacts, "screenshots", "pages");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

}
