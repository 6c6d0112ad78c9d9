using Minsheng.Engine.Imports.Targets;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests.Imports.Targets;

public class Finding_the_targets_of_a_content
{
    [Fact]
    public void Figure_with_its_unit_is_a_quantity_stated_exactly()
    {
        var target = Found.Single("规划配售型保障性住房2170套,2024年启动首批项目建设。");

        Assert.Equal((2170m, "套", IndicatorKind.Quantity, Direction.Up, TargetBound.Exact), (target.Value, target.Unit, target.Kind, target.Direction, target.Bound));
    }

    [Fact]
    public void Chinese_numerals_are_read()
    {
        Assert.Equal([(12m, "条"), (150m, "辆"), (2000m, "户"), (205m, "户"), (12_000m, "场")],
            Found.ValuesAndUnits("打通断头路十二条,更新新能源公交车一百五十辆,发放租赁补贴两千户,实施农村危房改造二百零五户,公益电影放映一万二千场。"));
    }

    [Fact]
    public void Full_width_digits_and_thousands_separators_are_read()
    {
        Assert.Equal([(600m, "套"), (1200m, "套"), (1500m, "个"), (30m, "%")],
            Found.ValuesAndUnits("新开工建设公租房６００套，筹集保障性租赁住房1,200套(间),新增消火栓１，５００个，覆盖率提高到３０％。"));
    }

    [Fact]
    public void Decimals_are_kept()
    {
        Assert.Equal([(85.6m, "公里"), (96.9m, "%")], Found.ValuesAndUnits("新建改造供水管网85.6公里,近岸海域优良水质比例不低于96.9%。"));
    }

    [Fact]
    public void Ten_thousand_multiplier_on_the_unit_scales_the_value()
    {
        Assert.Equal([(23_000m, "户"), (1_200_000m, "平方米"), (127_000m, "人"), (40_000m, "人次")],
            Found.ValuesAndUnits("惠及居民2.3万户,改造120万平方米,全年城镇新增就业12.7万人,开展职业技能培训4万人次。"));
    }

    [Fact]
    public void Ten_thousand_multiplier_on_a_Chinese_numeral_scales_the_value()
    {
        Assert.Equal([(20_000m, "人"), (25_000m, "批次")], Found.ValuesAndUnits("培训农民工两万人,完成食品安全抽检两万五千批次。"));
    }

    [Fact]
    public void Unit_symbols_are_read_as_the_unit_names()
    {
        Assert.Equal([(1_200_000m, "平方米"), (12m, "公里")], Found.ValuesAndUnits("改造老旧小区120万㎡,新建绿道12km。"));
    }

    [Fact]
    public void Hundred_million_multiplier_scales_money_to_yuan()
    {
        Assert.Equal([(360_000_000m, "元"), (20_000_000m, "元")], Found.ValuesAndUnits("发放创业担保贷款3.6亿元,发放临时救助资金2000万元。"));
    }

    [Fact]
    public void Percentage_reached_is_a_level()
    {
        var target = Found.Single("落实管理责任主体并按程序登记,登记率达到100%;");

        Assert.Equal((100m, "%", IndicatorKind.Level, TargetBound.Exact), (target.Value, target.Unit, target.Kind, target.Bound));
    }

    [Theory]
    [InlineData("农贸市场快检室覆盖率达到百分之百。", 100)]
    [InlineData("实现百分百覆盖。", 100)]
    [InlineData("群众满意率达到百分之九十五。", 95)]
    public void Percentage_written_in_words_is_read(string content, int expected)
    {
        Assert.Equal([((decimal)expected, "%")], Found.ValuesAndUnits(content));
    }

    [Theory]
    [InlineData("新建、改造、提升不少于300个垃圾分类投放点位", 300, "个")]
    [InlineData("近岸海域优良水质比例不低于96.9%", 96.9, "%")]
    [InlineData("每个社区至少配备2名网格员", 2, "名")]
    [InlineData("确保全市蔬菜产量稳定在180万吨以上", 1_800_000, "吨")]
    [InlineData("全年帮扶1万余人实现就业", 10_000, "人")]
    public void At_least_words_bound_the_target_from_below(string content, double value, string unit)
    {
        var target = Found.Single(content);

        Assert.Equal(((decimal)value, unit, TargetBound.AtLeast, Direction.Up), (target.Value, target.Unit, target.Bound, target.Direction));
    }

    [Theory]
    [InlineData("城镇调查失业率控制在5.5%以内", 5.5, "%")]
    [InlineData("城镇登记失业率低于4.3%", 4.3, "%")]
    [InlineData("平均候车时间不超过15分钟", 15, "分钟")]
    [InlineData("将企业开办时间压缩至1个工作日", 1, "个工作日")]
    [InlineData("PM2.5平均浓度控制在30微克/立方米以内", 30, "微克/立方米")]
    public void At_most_words_make_a_ceiling_held_with_direction_down(string content, double value, string unit)
    {
        var target = Found.Single(content);

        Assert.Equal(((decimal)value, unit, IndicatorKind.Level, Direction.Down, TargetBound.AtMost), (target.Value, target.Unit, target.Kind, target.Direction, target.Bound));
    }

    [Fact]
    public void Standard_raised_to_a_monthly_amount_per_person_is_a_level_in_yuan_per_person_month()
    {
        var target = Found.Single("拟将城市低保标准提高至每人每月972元。");

        Assert.Equal((972m, "元/人·月", IndicatorKind.Level, TargetBound.Exact), (target.Value, target.Unit, target.Kind, target.Bound));
    }

    [Fact]
    public void Standard_raised_to_an_amount_with_no_period_is_a_level_in_yuan()
    {
        var target = Found.Single("农村特困供养人员基本生活费标准提高至1264元。");

        Assert.Equal((1264m, "元", IndicatorKind.Level), (target.Value, target.Unit, target.Kind));
    }

    [Fact]
    public void Figure_a_standard_is_raised_from_is_not_a_target()
    {
        Assert.Equal([(920m, "元/人·月")], Found.ValuesAndUnits("城乡低保标准由每人每月880元提高到920元。"));
    }

    [Fact]
    public void Several_targets_in_one_sentence_are_each_found()
    {
        Assert.Equal([(110m, "公里"), (138m, "台"), (60m, "%")],
            Found.ValuesAndUnits("结合重点投诉区域和管网跑冒滴漏区域,改造老旧管网110公里、维修锅炉138台;督促供热企业提前储煤,10月底前全市储煤率达到60%。"));
    }

    [Fact]
    public void Sub_target_after_qizhong_is_a_target_of_its_own()
    {
        var targets = TargetExtractor.Extract("计划全年新增技能人才3.2万人,其中高技能人才1万人以上。").Targets;

        Assert.Equal([(32_000m, TargetBound.Exact), (10_000m, TargetBound.AtLeast)], targets.Select(t => (t.Value, t.Bound)));
    }

    [Fact]
    public void Breakdown_in_parentheses_of_kinds_gives_targets_of_its_own()
    {
        Assert.Equal([(143m, "户"), (70m, "户"), (73m, "户")], Found.ValuesAndUnits("2024年将符合政策的143户(C级70户、D级73户)农村低收入群体等重点对象全部纳入危房改造范围。"));
    }

    [Fact]
    public void Frequency_is_taken_as_given_a_level_per_period()
    {
        var target = Found.Single("建立多部门联合执法长效机制,每季度实施1次联合执法,推进海域监管网格化。");

        Assert.Equal((1m, "次/季度", IndicatorKind.Level), (target.Value, target.Unit, target.Kind));
    }

    [Fact]
    public void Weekly_hours_are_a_level_per_week()
    {
        var target = Found.Single("各场馆每周免费或低收费开放时间不少于35小时,全民健身日当天免费向社会开放。");

        Assert.Equal((35m, "小时/周", IndicatorKind.Level, TargetBound.AtLeast), (target.Value, target.Unit, target.Kind, target.Bound));
    }

    [Fact]
    public void Level_per_thousand_people_carries_the_denominator()
    {
        Assert.Equal([(3.5m, "个/千人口")], Found.ValuesAndUnits("每千人口拥有3岁以下婴幼儿托位数达到3.5个。"));
    }

    [Fact]
    public void Span_covers_the_number_with_its_multiplier_and_unit()
    {
        const string content = "全年城镇新增就业12.7万人,零就业家庭动态为零。";
        var target = Found.Single(content);

        Assert.Equal("12.7万人", content.Substring(target.Start, target.Length));
    }

    [Theory]
    [InlineData("新增造林绿化面积300公顷。", 300, "公顷")]
    [InlineData("建设高标准农田2.5万亩。", 25_000, "亩")]
    [InlineData("新建改造城市绿地20万平方米。", 200_000, "平方米")]
    [InlineData("清运处理建筑垃圾12万吨。", 120_000, "吨")]
    [InlineData("建成雨水调蓄池5万立方米。", 50_000, "立方米")]
    public void Areas_land_weights_and_volumes_are_targets(string content, double value, string unit)
    {
        Assert.Equal([((decimal)value, unit)], Found.ValuesAndUnits(content));
    }
}
