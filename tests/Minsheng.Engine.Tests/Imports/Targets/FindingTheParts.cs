using Minsheng.Engine.Imports.Targets;

namespace Minsheng.Engine.Tests.Imports.Targets;

/// <summary>A 其中 sub-target in the same unit as its whole is a part of it (a sub-indicator), not a further commitment.</summary>
public class Finding_the_parts
{
    private static (decimal Value, int? PartOf)[] PartsOf(string content) =>
        [.. TargetExtractor.Extract(content).Targets.Select(t => (t.Value, t.PartOf))];

    [Fact]
    public void Figures_after_qizhong_in_the_unit_of_the_target_before_it_are_its_parts()
    {
        Assert.Equal([(3200m, null), (1800m, 0), (1400m, 0)], PartsOf("多渠道筹集保障性租赁住房3200套，其中新建1800套、存量房屋改建1400套，年底前全部完成配租。"));
        Assert.Equal([(52000m, null), (30000m, null), (11000m, 1)], PartsOf("开展补贴性职业技能培训5.2万人次，新增技能人才3万人，其中高技能人才1.1万人以上。"));
    }

    [Fact]
    public void The_whole_is_the_nearest_target_before_qizhong_counted_the_same_way()
    {
        Assert.Equal([(3m, null), (4m, null), (5400m, null), (4500m, 2), (900m, 2)], PartsOf("新建中小学校3所、幼儿园4所，新增学位5,400个，其中义务教育学位4,500个、学前教育学位900个。"));
        Assert.Equal([(5m, null), (10m, null), (6m, 1)], PartsOf("新建学校5所，改造提升学校10所，其中农村学校6所。"));
    }

    [Fact]
    public void A_figure_in_another_unit_after_qizhong_is_a_target_of_its_own()
    {
        Assert.Equal([(38m, null), (11200m, null), (150m, null)], PartsOf("改造老旧小区38个，惠及居民1.12万户，其中加装电梯150台。"));
    }

    [Fact]
    public void The_parts_end_with_the_sentence_or_the_parenthesis_qizhong_opens()
    {
        Assert.Equal([(10m, null), (6m, 0), (4m, 0), (5m, null)], PartsOf("竣工交付学校十所（其中中小学6所、幼儿园4所），新开工建设学校5所。"));
        Assert.Equal([(10m, null), (6m, 0), (5m, null)], PartsOf("改造提升学校10所，其中农村学校6所；新开工学校5所。"));
    }

    [Fact]
    public void A_part_larger_than_the_target_before_it_is_no_part()
    {
        Assert.Equal([(86m, null), (30m, 0), (1500m, null)], PartsOf("改造小区86个，其中完成30个，新增停车位1500个。"));
    }

    [Fact]
    public void A_comma_after_the_parts_ends_them()
    {
        Assert.Equal([(3200m, null), (1800m, 0), (1000m, null)], PartsOf("筹集保障性租赁住房3200套，其中新建1800套，同时改造棚户区住房1000套。"));
    }

    [Fact]
    public void Parts_together_are_no_more_than_their_whole()
    {
        Assert.Equal([(100m, null), (60m, 0), (50m, null)], PartsOf("改造老旧小区100个，其中完成60个、启动50个。"));
    }
}
