using DocumentFormat.OpenXml.Spreadsheet;
using Minsheng.Data;
using Minsheng.Shared;
using Minsheng.Spreadsheets;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>Names that start like a formula come out of every export as text, never as a formula a spreadsheet would run.</summary>
public class NeutralisingFormulasInExports
{
    [Fact]
    public async Task Text_cells_of_the_open_data_csv_that_start_like_a_formula_get_a_quote_and_are_quoted()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var plan = SamplePlans.Lianyungang();
        var employment = plan.Categories[1].Projects[0];
        var indicator = employment.Indicators[0] with { Name = "+1 城镇新增就业", Unit = "@人" };
        plan = plan with
        {
            Categories =
            [
                plan.Categories[0],
                plan.Categories[1] with { Projects = [employment with { Name = "=HYPERLINK(\"http://evil\",\"点我\")", Indicators = [indicator, .. employment.Indicators.Skip(1)] }, .. plan.Categories[1].Projects.Skip(1)] },
            ],
        };
        var planId = await app.ImportAsync(plan);
        using var visitor = app.CreateClient();

        var csv = await visitor.GetStringAsync($"/open/plans/{planId}/indicators.csv");
        var row = csv.Split('\n').Single(l => l.Contains("02-01-1"));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",", row);
        Assert.Contains(",\"'+1 城镇新增就业\",\"'@人\",", row);
        Assert.DoesNotContain(",=", csv);
        Assert.DoesNotContain(",+", csv);
        Assert.DoesNotContain(",@", csv);
    }

    [Theory]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+86", "\"'+86\"")]
    [InlineData("-2+3", "\"'-2+3\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("城镇新增就业", "城镇新增就业")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("", "")]
    public void A_text_cell_starting_with_a_formula_character_is_neutralised_and_others_are_kept(string text, string written) =>
        Assert.Equal(written, CsvCell.Text(text));

    [Fact]
    public void A_negative_figure_in_a_numeric_column_stays_a_number() =>
        Assert.Equal(["-2.5", "-3", "0.123457", ""], new decimal?[] { -2.5m, -3m, 0.1234567m, null }.Select(CsvCell.Number));

    [Fact]
    public void Workbook_text_cells_are_inline_strings_not_formulas()
    {
        var cell = Xlsx.Text(0, 1, "=HYPERLINK(\"http://evil\")");

        Assert.Equal(CellValues.InlineString, cell.DataType?.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal("=HYPERLINK(\"http://evil\")", cell.InlineString?.InnerText);
    }
}
