namespace Minsheng.Engine.Tests.Imports.Targets;

public class Naming_a_target
{
    [Theory]
    [InlineData("结合入园需求预测,新建10所公办幼儿园。", "新建公办幼儿园")]
    [InlineData("结合管网跑冒滴漏区域,改造老旧管网110公里。", "改造老旧管网")]
    [InlineData("录制100节家庭教育视频微课,组织100场家庭教育巡回实地宣讲,不断提高。", "组织家庭教育巡回实地宣讲")]
    [InlineData("全年城镇新增就业12.7万人,零就业家庭动态为零。", "城镇新增就业")]
    public void Name_is_the_verb_phrase_before_the_number_and_the_noun_after_its_unit(string content, string expected)
    {
        Assert.Equal(expected, Found.Names(content)[^1]);
    }

    [Theory]
    [InlineData("拟将城市低保标准提高至每人每月972元。", "城市低保标准")]
    [InlineData("重点企业排查率达到100%。", "重点企业排查率")]
    [InlineData("计划全年新增技能人才3.2万人。", "新增技能人才")]
    [InlineData("10月底前全市储煤率达到60%。", "储煤率")]
    public void Intentions_times_and_bound_words_are_left_out(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found.Names(content)));
    }

    [Theory]
    [InlineData("在保税区水秀路—湖居路路口新增1处信号灯。", "新增信号灯")]
    [InlineData("为全市义务教育学校配备AED设备300台。", "配备AED设备")]
    [InlineData("对存在安全隐患的195公里老旧燃气市政管道、庭院管道及立管进行更新改造。", "更新改造老旧燃气市政管道")]
    public void Prepositional_phrase_gives_way_to_the_action(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found.Names(content)));
    }

    [Fact]
    public void Names_stay_short()
    {
        var names = Found.Names(
            "面向具有本市户籍的城市失能、半失能老年人建设家庭养老床位不少于1000张。大连市民健身中心、中山区市民健身中心、西岗区体育馆、甘井子区体育场等10个公共体育场馆免费或低收费向社会开放。");

        Assert.Equal(["建设家庭养老床位", "公共体育场馆免费或低收费向社会开放"], names);
    }

    [Theory]
    [InlineData("新建改造街心花园12个、健身步道20公里。", new[] { "新建改造街心花园", "新建改造健身步道" })]
    [InlineData("新开公交线路6条、优化调整10条。", new[] { "新开公交线路", "优化调整公交线路" })]
    [InlineData("新开工保障性住房2,000套，基本建成1,200套。", new[] { "新开工保障性住房", "基本建成保障性住房" })]
    [InlineData("筹集公租房1000套，其中新建600套。", new[] { "筹集公租房", "新建公租房" })]
    [InlineData("新建停车位500个，对全市老旧小区实施改造86个。", new[] { "新建停车位", "老旧小区实施改造" })]
    [InlineData("建成口袋公园5个。完成120个。", new[] { "建成口袋公园", "完成" })]
    public void Targets_listed_together_share_the_verb_or_the_object_their_names_leave_out(string content, string[] expected)
    {
        Assert.Equal(expected, Found.Names(content));
    }

    [Theory]
    [InlineData("同步加装无障碍设施80处。", "加装无障碍设施")]
    [InlineData("多渠道筹集人才公寓500套。", "筹集人才公寓")]
    [InlineData("全区农村自来水普及率稳定在99%以上。", "农村自来水普及率")]
    [InlineData("实现城区中小学校直饮水覆盖率100%。", "城区中小学校直饮水覆盖率")]
    [InlineData("春节前完成农贸市场提升改造12个。", "完成农贸市场提升改造")]
    [InlineData("城乡居民医保参保率保持95%以上。", "城乡居民医保参保率")]
    public void Manner_scope_and_holding_words_are_left_out(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found.Names(content)));
    }

    [Theory]
    [InlineData("改扩建实验小学等中小学校4所。", "改扩建中小学校")]
    [InlineData("打通学府路、工业二路等断头路5条。", "打通断头路")]
    [InlineData("举办“山城之夜”等群众文化活动200场。", "举办群众文化活动")]
    [InlineData("新增中等职业学校学位800个。", "新增中等职业学校学位")]
    public void The_examples_given_before_deng_are_no_part_of_the_name(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found.Names(content)));
    }

    [Theory]
    [InlineData("为全市60周岁以上老年人免费健康体检5万人次。", "老年人健康体检")]
    [InlineData("每千人口拥有3岁以下婴幼儿托位数达到4个。", "婴幼儿托位数")]
    [InlineData("推动三级以上公立医院检查检验结果互认项目达到150项。", "公立医院检查检验结果互认项目")]
    [InlineData("对2005年底前建成、配套设施不全的40个老旧小区实施改造提升。", "老旧小区实施改造提升")]
    public void Who_and_which_the_figure_is_for_qualify_the_name_without_figures(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found.Names(content)));
    }

    [Theory]
    [InlineData("制作「幸福家园·邻里同心」社区治理主题短视频二十部。", "制作社区治理主题短视频")]
    [InlineData("新建社区养老服务站(日间照料中心)18个。", "新建社区养老服务站")]
    public void A_name_is_never_cut_mid_word_nor_left_empty(string content, string expected)
    {
        Assert.Equal(expected, Assert.Single(Found.Names(content)));
    }
}
