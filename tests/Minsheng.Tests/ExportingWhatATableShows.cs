using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A page's table, as the clerk filtered and sorted it, comes back as a workbook of exactly those cells.</summary>
public class ExportingWhatATableShows
{
    private static readonly object Table = new
    {
        title = "连云港 落后项目",
        columns = new[] { "编号", "项目名称", "进度", "人数" },
        rows = new[]
        {
            new[] { "01-02", "=HYPERLINK(\"http://evil\")", "45.2%", "1,234" },
            new[] { "01", "城镇新增就业", "—", "12.5" },
        },
    };

    [Fact]
    public async Task The_workbook_has_the_shown_rows_in_their_order_figures_as_numbers_and_a_header_that_stays_and_repeats()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var clerk = await app.ClientAsAsync(Roles.Staff);

        var response = await clerk.PostAsJsonAsync("/api/exports/table.xlsx", Table);

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Equal("连云港 落后项目.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        string Text(string at) => cells[at].InlineString?.InnerText ?? cells[at].CellValue!.Text;

        Assert.Equal("连云港 落后项目", Text("A1"));
        Assert.Equal(["编号", "项目名称", "进度", "人数"], new[] { "A2", "B2", "C2", "D2" }.Select(Text));
        // A code keeps its leading zero; a formula-like name stays text; what the page showed as a figure is a number.
        Assert.Equal(CellValues.InlineString, cells["A4"].DataType!.Value);
        Assert.Equal("01", Text("A4"));
        Assert.Equal(CellValues.InlineString, cells["B3"].DataType!.Value);
        Assert.Null(cells["B3"].CellFormula);
        Assert.Equal(CellValues.Number, cells["C3"].DataType!.Value);
        Assert.Equal(0.452m, decimal.Parse(Text("C3"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1234", Text("D3"));
        Assert.Equal("12.5", Text("D4"));
        Assert.Equal("—", Text("C4"));
        // The header stays on screen and repeats on every printed page, printed landscape across one page's width.
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A3", pane.TopLeftCell!.Value);
        Assert.Contains(workbook.Workbook.Descendants<DefinedName>(), d => d.Name == "_xlnm.Print_Titles" && d.Text.EndsWith("!$2:$2"));
        var setup = sheet.Descendants<PageSetup>().Single();
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.True(sheet.Descendants<PageSetupProperties>().Single().FitToPage!.Value);
    }

    [Fact]
    public async Task A_table_without_columns_or_with_too_many_is_refused_and_a_visitor_may_not_export()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var clerk = await app.ClientAsAsync(Roles.Staff);

        await Expect.ProblemNaming("columns", await clerk.PostAsJsonAsync("/api/exports/table.xlsx", new { title = "x", columns = Array.Empty<string>(), rows = Array.Empty<string[]>() }));
        await Expect.ProblemNaming("columns", await clerk.PostAsJsonAsync("/api/exports/table.xlsx", new { title = "x", columns = Enumerable.Range(0, 61).Select(i => $"列{i}").ToArray() }));
        await Expect.ProblemNaming("rows[0]", await clerk.PostAsJsonAsync("/api/exports/table.xlsx", new { title = "x", columns = new[] { "a" }, rows = new string[]?[] { null } }));
        var visitor = app.CreateClient(MinshengApp.NoRedirects);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.PostAsJsonAsync("/api/exports/table.xlsx", Table)).StatusCode);
    }
}
