using Microsoft.Playwright;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, on a fresh profile folder in the work tree;
/// never a browser download. Screenshots go to artifacts/screenshots as test artefacts.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Browser(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    public static string Artifacts => Path.Combine(Repository.Root, "artifacts");

    public static async Task<Browser> LaunchAsync(int width = 1280, int height = 900)
    {
        var playwright = await Playwright.CreateAsync();
        var profile = Path.Combine(Artifacts, "browser-profiles", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = Flags,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
        });
        return new Browser(playwright, context, profile);
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Artifacts, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Signs in on the sign-in page with a demo account, and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string address, string userName)
    {
        await page.GotoAsync(address + "/login");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", Minsheng.Accounts.AccountSeeding.DemoPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(address + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
