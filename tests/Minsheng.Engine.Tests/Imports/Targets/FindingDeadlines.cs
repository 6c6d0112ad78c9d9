using Minsheng.Engine.Imports;
using Minsheng.Engine.Imports.Targets;

namespace Minsheng.Engine.Tests.Imports.Targets;

/// <summary>Deadlines inside the content (6月底前完成 → a node) and in a 完成时限 column.</summary>
public class Finding_deadlines
{
    private static (int? Year, int Month, decimal Value)[] DueOf(ExtractedTarget target) =>
        [.. target.Due.Select(d => (d.When.Year, d.When.Month, d.Value))];

    [Theory]
    [InlineData("6月底前完成老旧小区改造30个。", 6)]
    [InlineData("确保三季度末前建成停车泊位2000个。", 9)]
    [InlineData("十月底前新建口袋公园10个。", 10)]
    [InlineData("11月30日前完成农村公路改造300公里。", 11)]
    [InlineData("上半年完成燃气管网改造50公里。", 6)]
    public void A_deadline_in_the_clause_makes_the_figure_due_that_month(string content, int month)
    {
        var target = Found.Single(content);

        Assert.Equal([(null, month, target.Value)], DueOf(target));
        Assert.DoesNotContain("前", target.Name);
    }

    [Fact]
    public void A_figure_due_earlier_and_the_same_measure_by_the_year_s_end_are_one_indicator_with_a_node()
    {
        var target = Found.Single("6月底前完成老旧小区改造30个，年底前完成100个。");

        Assert.Equal(("完成老旧小区改造", 100m, "个"), (target.Name, target.Value, target.Unit));
        Assert.Equal([(null, 6, 30m), (null, 12, 100m)], DueOf(target));
    }

    [Theory]
    [InlineData("新建公办幼儿园5所，9月底前完成。", 9)]
    [InlineData("改造燃气管网50公里，年底前全部建成投用。", 12)]
    public void A_clause_of_its_deadline_alone_closes_the_figure_before_it(string content, int month)
    {
        Assert.Equal(month, Found.Single(content).Due.Single().When.Month);
    }

    [Fact]
    public void A_sentence_opening_with_its_deadline_holds_for_each_of_its_clauses()
    {
        var targets = TargetExtractor.Extract("力争6月底前，新建口袋公园10个，改造公厕20座。新增停车泊位500个。").Targets;

        Assert.Equal([6, 6], targets.Take(2).Select(t => t.Due.Single().When.Month));
        Assert.Empty(targets[2].Due);
    }

    [Theory]
    [InlineData("6月开工建设养老服务中心3个。")]
    [InlineData("3月底前启动，新建学校5所。")]
    [InlineData("新建学校5所，预计提前1个月完成。")]
    [InlineData("自2025年1月1日起为全市3000名困难群众发放补贴。")]
    [InlineData("上半年开工建设养老服务中心3个。")]
    [InlineData("6月底前开工建设养老服务中心3个。")]
    public void A_start_date_or_a_deadline_of_another_clause_is_no_deadline_of_the_figure(string content)
    {
        Assert.Empty(Found.Single(content).Due);
    }

    [Theory]
    [InlineData("2025年6月底前", 2025, 6)]
    [InlineData("6月", null, 6)]
    [InlineData("2025年12月", 2025, 12)]
    [InlineData("三季度", null, 9)]
    [InlineData("2025年3月-10月", 2025, 10)]
    [InlineData("2025年底", 2025, 12)]
    [InlineData("年底前", null, 12)]
    public void A_deadline_column_names_the_month_the_project_is_due(string cell, int? year, int month)
    {
        Assert.Equal(new Deadline(year, month), Deadlines.OfColumn(cell));
    }

    [Fact]
    public void A_deadline_column_and_a_content_deadline_become_the_indicators_nodes_of_the_plan_s_year_only()
    {
        var list = PublishedListParser.Parse("""
            2025年某市民生实事项目
            一、城市建设
            (一)改造老旧小区
            项目内容:改造老旧小区30个,新建口袋公园10个。
            牵头单位:市住建局
            完成时限:2025年9月底前
            (二)新建学校
            项目内容:新建学校5所。
            牵头单位:市教育局
            完成时限:2026年6月
            (三)改造燃气管网
            项目内容:上半年完成燃气管网改造50公里,年底前完成120公里。
            牵头单位:市城管局
            完成时限:2025年12月
            """);
        var projects = list.Plan.Categories.Single().Projects;

        Assert.All(projects[0].Indicators, i => Assert.Equal(new Dictionary<int, decimal> { [9] = i.Target }, i.Nodes));
        Assert.Empty(projects[1].Indicators.Single().Nodes);
        var pipes = projects[2].Indicators.Single();
        Assert.Equal(120m, pipes.Target);
        Assert.Equal(new Dictionary<int, decimal> { [6] = 50m }, pipes.Nodes);
        Assert.DoesNotContain("2025年", projects[0].Content);
    }
}
