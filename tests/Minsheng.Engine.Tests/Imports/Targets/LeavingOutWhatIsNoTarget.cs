using Minsheng.Engine.Imports.Targets;

namespace Minsheng.Engine.Tests.Imports.Targets;

public class Leaving_out_what_is_no_target
{
    [Theory]
    [InlineData("2024年根据国家批复情况启动项目建设。")]
    [InlineData("二〇二四年启动项目建设。")]
    [InlineData("对上世纪八九十年代的老旧居民楼进行更新改造。")]
    public void Years_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Theory]
    [InlineData("10月底前全面完成。")]
    [InlineData("3月22日起免费开放。")]
    [InlineData("预计提前1个月完成。")]
    public void Months_dates_and_durations_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Fact]
    public void Ages_are_not_targets_but_the_count_of_people_is()
    {
        Assert.Equal([(150_000m, "人次"), (20m, "例")],
            Found.ValuesAndUnits("为65周岁以上老年人免费健康体检15万人次,为0-6岁残疾儿童免费安装人工耳蜗20例,65岁以上老年人免费乘坐公交车。"));
    }

    [Theory]
    [InlineData("为适龄女生免费接种二价疫苗。")]
    [InlineData("市疾控中心新建P3实验室项目主体封顶。")]
    [InlineData("为妊娠15~20+6周的孕妇免费进行唐氏筛查。")]
    [InlineData("推进4G/5G网络覆盖。")]
    [InlineData("开通K2路、B12路夜间公交,将709路公交车延伸至长青湖公园。")]
    [InlineData("PM2.5浓度持续下降。")]
    public void Numbers_inside_names_and_specifications_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Fact]
    public void Pipe_diameter_is_a_specification_but_the_pipe_length_is_a_target()
    {
        Assert.Equal([(1500m, "米"), (350m, "米")], Found.ValuesAndUnits("在梭鱼湾万景街周边新建DN400污水重力管线1500米,DN200污水压力管线350米。"));
    }

    [Fact]
    public void Voltage_of_a_line_is_a_specification_but_its_length_is_a_target()
    {
        Assert.Equal([(46m, "公里")], Found.ValuesAndUnits("完成10千伏线路改造46公里。"));
    }

    [Theory]
    [InlineData("12348法律服务热线为全体市民提供免费法律咨询。")]
    [InlineData("拨打12345反映问题。")]
    public void Hot_line_numbers_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Theory]
    [InlineData("举办大连市第十四届职业技能竞赛,承办辽宁省第二届职业技能大赛。")]
    [InlineData("实施第3批强校工程学校改造。")]
    public void Ordinals_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Fact]
    public void Counts_in_a_preamble_are_not_targets()
    {
        Assert.Empty(Found.ValuesAndUnits("2025年市政府确定6大类20项民生实事项目。"));
    }

    [Fact]
    public void Count_of_who_is_organised_is_not_a_target()
    {
        Assert.Equal([(110m, "公里")], Found.ValuesAndUnits("组织12个区市县(先导区)做好供热保障,改造老旧管网110公里。"));
    }

    [Theory]
    [InlineData("严格落实“六个百分百”。")]
    [InlineData("擦亮“15分钟公共就业服务圈”品牌。")]
    [InlineData("推出博物馆“一月一主题,月月有精彩”活动。")]
    public void Numbers_in_quotes_are_names_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Fact]
    public void Distance_or_time_naming_a_measure_is_not_a_target()
    {
        Assert.Equal([(98m, "%"), (95m, "%")], Found.ValuesAndUnits("公交站点500米覆盖率达到98%以上,社区15分钟健身圈覆盖率达到95%。"));
    }

    [Fact]
    public void District_shares_of_a_target_are_not_targets()
    {
        Assert.Equal([(10m, "所"), (2500m, "个")],
            Found.ValuesAndUnits("新建10所公办幼儿园、增加公办普惠性幼儿学位2500个。包括中山区2所、沙河口区1所、甘井子区1所,高新区1所、金普新区2所、长兴岛1所。"));
    }

    [Fact]
    public void Count_of_places_a_target_goes_to_is_its_scope_not_a_target()
    {
        Assert.Equal([(30m, "条")], Found.ValuesAndUnits("在河北线—水韵路路口、G202—无名路等4处路段增设减速带30条。"));
    }

    [Theory]
    [InlineData("为在我市出生的新生儿免费实施三种遗传代谢性疾病筛查。")]
    [InlineData("主要建设内容为新建设一座综合楼。")]
    [InlineData("同行一人门票半价。")]
    [InlineData("压实区、街道、社区三级管理责任。")]
    public void Lone_Chinese_digit_is_part_of_a_phrase_not_a_target(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Fact]
    public void Size_of_a_facility_is_a_description_not_a_target()
    {
        Assert.Empty(Found.ValuesAndUnits("项目占地面积约4900平方米,建筑面积约4500平方米。"));
    }

    [Fact]
    public void Investment_goes_to_the_investment_not_to_the_targets()
    {
        var extracted = TargetExtractor.Extract("改造城镇老旧小区128个。项目总投资3.6亿元。");

        Assert.Equal((128m, "个"), (Assert.Single(extracted.Targets).Value, extracted.Targets[0].Unit));
        Assert.Equal(360_000_000m, extracted.Investment);
    }

    [Theory]
    [InlineData("计划投资1200万元,新建口袋公园40个。", 12_000_000)]
    [InlineData("项目估算投资9.8亿元,其中年度计划投资4.5亿元。", 450_000_000)]
    [InlineData("项目计划投资3.2亿元,其中市级财政投入8000万元。", 320_000_000)]
    public void Investment_of_the_year_wins_over_the_total_and_the_first_over_its_parts(string content, long expected)
    {
        Assert.Equal(expected, TargetExtractor.Extract(content).Investment);
    }

    [Fact]
    public void Content_without_a_measurable_commitment_has_no_target_and_no_investment()
    {
        var extracted = TargetExtractor.Extract("强化殡仪中介服务和丧葬用品市场监管,引导殡仪服务单位诚实守信经营。零就业家庭动态为零。");

        Assert.Empty(extracted.Targets);
        Assert.Null(extracted.Investment);
    }

    [Theory]
    [InlineData("城市道路停车30分钟内免费。")]
    [InlineData("60周岁以上老年人同行1人免费乘坐公交。")]
    [InlineData("景区门票60分钟以内免收停车费。")]
    public void Conditions_and_thresholds_of_a_service_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Theory]
    [InlineData("对购买新能源汽车的家庭给予补贴70%。")]
    [InlineData("新建商品住宅项目按15%配建保障性住房。")]
    [InlineData("对改造的困难家庭每户最高5000元。")]
    [InlineData("创业担保贷款最高可补贴30万元。")]
    [InlineData("住院费用报销比例为60%。")]
    public void Policy_percentages_and_caps_are_not_targets(string content)
    {
        Assert.Empty(Found.ValuesAndUnits(content));
    }

    [Fact]
    public void A_policy_rate_is_left_out_but_the_work_beside_it_is_kept()
    {
        Assert.Equal([(2_000m, "户")], Found.ValuesAndUnits("为2000户困难家庭实施适老化改造，给予补贴70%。"));
    }

    [Fact]
    public void A_floor_area_is_work_in_a_clause_doing_work_and_a_description_as_an_attribute()
    {
        Assert.Equal([(120m, "个"), (3_000_000m, "平方米")], Found.ValuesAndUnits("改造老旧小区120个、建筑面积300万平方米。"));
        Assert.Equal([(1m, "所")], Found.ValuesAndUnits("新建建筑面积5000平方米的养老院1所。"));
        Assert.Empty(Found.ValuesAndUnits("养老院建筑面积约5000平方米。"));
    }

    [Fact]
    public void A_level_reached_is_a_target_even_where_the_clause_says_according_to_a_standard()
    {
        Assert.Equal([(100m, "%")], Found.ValuesAndUnits("新建住宅小区按标准配建充电设施比例达到100%。"));
    }
}
