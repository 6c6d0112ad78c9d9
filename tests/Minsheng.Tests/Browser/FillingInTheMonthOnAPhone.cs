using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests.Browser;

/// <summary>
/// A reporter fills in October on a phone (390×844): each indicator is a block in which its node and last month's
/// figure stand beside the input, the input asks for the numeric keypad, the page never scrolls sideways, and the
/// month saves.
/// </summary>
public class FillingInTheMonthOnAPhone
{
    [Fact]
    public async Task Each_indicator_shows_its_node_and_last_month_beside_a_numeric_input_and_the_month_saves()
    {
        await using var app = await MinshengApp.StartServerAsync(DatabaseProvider.Sqlite, demo: true);
        await using var browser = await Browser.LaunchAsync(390, 844);
        var page = await browser.Context.NewPageAsync();
        var address = app.ServerAddress;
        await Browser.SignInAsync(page, address, "reporter");

        await page.GotoAsync(address + "/report");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
        var rows = await page.Locator("tr[data-indicator]").AllAsync();
        Assert.NotEmpty(rows);
        var typed = 0;
        foreach (var row in rows)
        {
            var actual = row.Locator("[name$='.Actual']");
            var suggested = (await row.GetAttributeAsync("data-suggested"))!;
            if (await actual.EvaluateAsync<string>("e => e.tagName") == "SELECT")
            {
                await actual.SelectOptionAsync(suggested);
            }
            else
            {
                Assert.Contains(await actual.GetAttributeAsync("inputmode"), new[] { "numeric", "decimal" });
                await actual.FillAsync(suggested);
                typed++;
            }
            // Node, last month and the input on one line, in that order, all on the screen; measured at one moment,
            // since Bootstrap scrolls smoothly to the field just filled.
            var at = await row.EvaluateAsync<double[]>("""
                row => ['td[data-node]', 'td[data-last-month]', '[name$=".Actual"]'].map(s => row.querySelector(s).getBoundingClientRect())
                    .flatMap(r => [r.x, r.y, r.width, r.height])
                """);
            var (node, last, input) = (new Box(at[0], at[1], at[2], at[3]), new Box(at[4], at[5], at[6], at[7]), new Box(at[8], at[9], at[10], at[11]));
            var code = await row.GetAttributeAsync("data-indicator");
            Assert.True(node.X < last.X && last.X < input.X, $"{code}: node {node.X}, last month {last.X}, input {input.X}");
            Assert.True(Overlaps(node, input) && Overlaps(last, input), $"{code}: node {node}, last month {last} and input {input} are not on one line");
            Assert.True(input.X + input.Width <= 390, $"{code}: the input runs off the screen");
            Assert.True(await row.Locator("td[data-last-month]").IsVisibleAsync());
        }
        Assert.True(typed > 0, "no indicator is typed on this form");
        // On a phone each figure carries its column's name, which the hidden table head gives on a desktop.
        const string label = "td => getComputedStyle(td, '::before').content";
        Assert.Contains("节点目标", await rows[0].Locator("td[data-node]").EvaluateAsync<string>(label));
        Assert.Contains("上月累计", await rows[0].Locator("td[data-last-month]").EvaluateAsync<string>(label));
        await Browser.ScreenshotAsync(page, "report-form-phone");

        var first = (await rows[0].GetAttributeAsync("data-suggested"))!;
        await page.ClickAsync("form.report button[type=submit]");
        await page.WaitForSelectorAsync(".chain[data-state=Submitted]");
        Assert.Contains("已保存", await page.InnerTextAsync(".saved"));
        Assert.Equal(first, await page.Locator("tr[data-indicator]").First.Locator("[name$='.Actual']").InputValueAsync());
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));
    }

    public sealed record Box(double X, double Y, double Width, double Height);

    private static bool Overlaps(Box a, Box b) => a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
