using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>The 成绩单 of 大连's first three quarters of 2021, built from the sample's published figures.</summary>
public class Writing_the_Dalian_report_card
{
    private static readonly Summary Summary = SampleProgrammes.DalianThirdQuarter().At("2021-09-30");

    private static ReportCard Write(DocumentTemplate? template = null) => ReportCardBuilder.Build(SampleProgrammes.DalianThirdQuarter(), Summary, template);

    [Fact]
    public void Projects_are_grouped_completed_then_ahead_then_on_schedule_with_their_counts()
    {
        var card = Write();

        Assert.Equal("大连市2021年前三季度民生实事成绩单", card.Title);
        Assert.Equal(["2个项目完成全年目标", "4个项目超额完成9月份节点目标", "1个项目按计划完成9月份节点目标"], card.Groups.Select(g => g.Heading));
        Assert.Equal([Status.Completed, Status.Ahead, Status.OnSchedule], card.Groups.Select(g => g.Status));
        Assert.Equal(["01-01", "01-02"], card.Groups[0].Items.Select(i => i.Code));
    }

    [Fact]
    public void A_completed_project_gives_its_figures_and_the_month_it_finished_early()
    {
        var card = Write();

        Assert.Equal("截至9月底，心理健康培训服务累计完成90场，完成年度目标（50场）的180.0%，于9月提前完成全年目标。", card.Groups[0].Items[0].Text);
        Assert.Equal("截至9月底，安装自动体外除颤器累计完成100台，完成年度目标（100台），于8月提前完成全年目标。", card.Groups[0].Items[1].Text);
    }

    [Fact]
    public void A_project_ahead_gives_the_node_it_beat_and_a_forecast_at_its_recent_pace()
    {
        var bridge = Write().Groups[1].Items.Single(i => i.Code == "02-03");

        Assert.Equal(11, bridge.ForecastMonth);
        Assert.Equal("截至9月底，工程形象进度达55%，超额完成9月份节点目标（20%），完成年度目标（70%）的78.6%，按近期进度，预计11月底提前1个月完成全年目标。", bridge.Text);
    }

    [Fact]
    public void Gas_at_8_65_wan_households_reads_as_the_sample_writes_it()
    {
        var gas = Write().Groups[1].Items.Single(i => i.Code == "02-02");

        Assert.StartsWith("截至9月底，天然气置换累计完成8.65万户，超额完成9月份节点目标（8万户），完成年度目标（20万户）的43.3%", gas.Text);
        // 36,500 households in three months: 113,500 more take ten months, past December.
        Assert.Null(gas.ForecastMonth);
        Assert.EndsWith("按近期进度年内完成全年目标尚需加快。", gas.Text);
    }

    [Fact]
    public void A_project_on_schedule_gives_the_node_it_met()
    {
        var bus = Write().Groups[2].Items.Single();

        Assert.Equal("截至9月底，累计完成3条，完成9月份节点目标（3条），完成年度目标（5条）的60.0%。", bus.Text);
    }
}
