using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>docs/rules.md, "Figures as they are written": one rule for pages, downloads and documents.</summary>
public class Writing_figures_as_offices_write_them
{
    private static Indicator Only(Plan plan) => plan.Indicators.Single();

    [Theory]
    [InlineData("户", true)]
    [InlineData("所", true)]
    [InlineData("台", true)]
    [InlineData("人次", true)]
    [InlineData(" 套 ", true)]
    [InlineData("万户", false)]
    [InlineData("万人次", false)]
    [InlineData("公里", false)]
    [InlineData("吨", false)]
    [InlineData("%", false)]
    [InlineData("元/人·月", false)]
    [InlineData("个/千人口", false)]
    [InlineData("个工作日", false)]
    [InlineData(null, false)]
    public void A_unit_counting_whole_things_takes_whole_numbers_and_one_with_a_multiplier_takes_decimals(string? unit, bool whole)
    {
        var indicator = Only(APlan.For(2024).WithIndicator("01-01-1", 100, i => { if (unit is not null) i.Unit(unit); }).Build());

        Assert.Equal(whole, indicator.WholeNumbers);
    }

    [Fact]
    public void A_milestone_takes_whole_numbers_whatever_it_is_set_to()
    {
        var indicator = Only(APlan.For(2024).WithIndicator("01-01-1", 4, i => i.Stages("立项", "开工", "主体完工", "竣工").WholeNumbers(false)).Build());

        Assert.True(indicator.WholeNumbers);
    }

    [Fact]
    public void The_office_may_set_whole_numbers_apart_from_the_unit()
    {
        var freed = Only(APlan.For(2024).WithIndicator("01-01-1", 100, i => i.Unit("户").WholeNumbers(false)).Build());
        var counted = Only(APlan.For(2024).WithIndicator("01-01-1", 100, i => i.Unit("公里").WholeNumbers(true)).Build());

        Assert.False(freed.WholeNumbers);
        Assert.True(counted.WholeNumbers);
    }

    [Fact]
    public void A_whole_count_node_is_written_as_the_fewest_that_meet_it_while_status_uses_the_exact_node()
    {
        // 700 households on the linear curve: 58.33 are due by the end of January.
        var plan = APlan.For(2024).WithIndicator("01-01-1", 700, i => i.Unit("户")).Reported("2024-01", "01-01-1", 58).Build();
        var indicator = Only(plan);

        var january = plan.At("2024-01-31").Indicator("01-01-1");

        Assert.Equal(58.3333m, Math.Round(january.Node, 4));
        Assert.Equal(Status.Behind, january.Status);
        Assert.Equal(59, WrittenFigures.Node(indicator, january.Node));
        Assert.Equal("59", WrittenFigures.NodeCell(indicator, january.Node));
        Assert.Equal("59户", WrittenFigures.NodeAmount(indicator, january.Node));
    }

    [Fact]
    public void A_figure_equal_to_the_whole_node_as_written_meets_the_node()
    {
        var plan = APlan.For(2024).WithIndicator("01-01-1", 700, i => i.Unit("户")).Reported("2024-01", "01-01-1", 59).Build();

        var january = plan.At("2024-01-31").Indicator("01-01-1");

        Assert.Equal(59, WrittenFigures.Node(Only(plan), january.Node));
        Assert.NotEqual(Status.Behind, january.Status);
    }

    [Fact]
    public void A_ceiling_node_is_written_down_to_the_most_that_meet_it()
    {
        var indicator = Only(APlan.For(2024).WithIndicator("01-01-1", 700, i => i.Unit("户").Down()).Build());

        Assert.Equal(58, WrittenFigures.Node(indicator, 58.6667m));
        Assert.Equal(4.29m, WrittenFigures.Node(Only(APlan.For(2024).WithIndicator("01-01-2", 4.3m, i => i.Unit("%").Down()).Build()), 4.2999m));
    }

    [Fact]
    public void A_figure_that_may_carry_decimals_is_written_to_two_and_its_node_up_to_the_hundredth_that_meets_it()
    {
        var indicator = Only(APlan.For(2024).WithIndicator("01-01-1", 195, i => i.Unit("公里")).Build());

        Assert.Equal("1,234.57", WrittenFigures.Cell(indicator, 1234.5678m));
        Assert.Equal("23.4", WrittenFigures.Cell(indicator, 23.4m));
        Assert.Equal("16.26", WrittenFigures.NodeCell(indicator, 16.2501m));
        Assert.Equal("23.46公里", WrittenFigures.Amount(indicator, 23.456m));
    }

    [Fact]
    public void A_whole_count_figure_is_written_whole_with_thousands_separators_in_a_table_and_in_wan_in_a_sentence()
    {
        var indicator = Only(APlan.For(2024).WithIndicator("01-01-1", 127_000, i => i.Unit("人")).Build());

        Assert.Equal("127,000", WrittenFigures.Cell(indicator, 127_000));
        Assert.Equal("12.7万人", WrittenFigures.Amount(indicator, 127_000));
        Assert.Equal("10,584", WrittenFigures.NodeCell(indicator, 10_583.3333m));
    }

    [Fact]
    public void A_milestone_figure_is_written_by_its_stage_name()
    {
        var indicator = Only(APlan.For(2024).WithIndicator("01-01-1", 4, i => i.Stages("立项", "开工", "主体完工", "竣工")).Build());

        Assert.Equal("开工", WrittenFigures.Cell(indicator, 2));
        Assert.Equal("竣工", WrittenFigures.NodeCell(indicator, 4));
        Assert.Equal("未启动", WrittenFigures.Cell(indicator, 0));
        Assert.Equal("“主体完工”", WrittenFigures.Amount(indicator, 3));
        Assert.Equal("未启动", WrittenFigures.NodeAmount(indicator, 0));
        Assert.Null(WrittenFigures.Stage(Only(APlan.For(2024).WithIndicator("01-01-2", 4, i => i.Unit("所")).Build()), 2));
    }

    [Fact]
    public void The_report_card_names_a_milestones_stage_and_writes_a_whole_node_as_the_fewest_that_meet_it()
    {
        var plan = APlan.For(2024)
            .WithCategory("01", c => c
                .WithProject("01-01", p => p.WithIndicator("01-01-1", 4, i => i.Named("主体工程").Stages("立项", "开工", "主体完工", "竣工").Nodes((3, 2), (9, 3))), "新建学校")
                .WithProject("01-02", p => p.WithIndicator("01-02-1", 700, i => i.Named("改造老旧小区").Unit("户")), "老旧小区改造"))
            .Reported("2024-01", "01-01-1", 1)
            .Reported("2024-01", "01-02-1", 50)
            .Build();

        var card = ReportCardBuilder.Build(plan, plan.At("2024-01-31"));
        var items = card.Groups.SelectMany(g => g.Items).ToDictionary(i => i.Code);

        Assert.Contains("进展至“立项”", items["01-01"].Text);
        Assert.Contains("未达1月份节点目标（59户）", items["01-02"].Text);
    }
}
