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
}
