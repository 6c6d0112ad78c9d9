using Minsheng.Engine.Suggestions;

namespace Minsheng.Engine.Tests.Suggestions;

/// <summary>Suggestions asking for the same thing at the same place are found as one group, for the office to merge.</summary>
public class Finding_near_duplicates
{
    // Two places of one city: a primary school and a market some 5 km away.
    private const decimal SchoolLat = 39.0921m, SchoolLon = 121.7605m;
    private const decimal MarketLat = 39.0450m, MarketLon = 121.7120m;

    [Fact]
    public void The_same_need_in_other_words_at_the_same_place_is_a_near_duplicate()
    {
        var groups = NearDuplicates.Find(
        [
            new("1", "建议在幸福路小学门口增设红绿灯和人行横道，方便孩子上下学", SchoolLat, SchoolLon),
            new("2", "幸福路小学门口没有红绿灯，孩子过马路很危险，希望增设红绿灯", SchoolLat + 0.0005m, SchoolLon),
            new("3", "菜市场周边停车难，建议新建停车场", MarketLat, MarketLon),
        ]);

        Assert.Equal(["1", "2"], Assert.Single(groups).Ids);
    }

    [Fact]
    public void The_same_words_at_places_far_apart_are_two_needs()
    {
        var here = new SuggestionText("1", "路口增设红绿灯和人行横道", SchoolLat, SchoolLon);
        var there = new SuggestionText("2", "路口增设红绿灯和人行横道", MarketLat, MarketLon);
        var nowhere = new SuggestionText("3", "路口增设红绿灯和人行横道");

        Assert.True(NearDuplicates.Similarity(here, there) < NearDuplicates.Similarity(here, nowhere));
        Assert.True(NearDuplicates.Similarity(here, there) < NearDuplicates.Similarity(here, here));
        Assert.Equal(1, NearDuplicates.Similarity(here, here));
    }

    [Fact]
    public void Words_every_suggestion_has_make_no_two_alike()
    {
        var groups = NearDuplicates.Find(
        [
            new("1", "建议尽快解决老旧小区加装电梯问题"),
            new("2", "建议尽快解决农贸市场环境卫生问题"),
        ]);

        Assert.Empty(groups);
    }

    [Fact]
    public void Suggestions_alike_through_a_third_are_one_group()
    {
        var groups = NearDuplicates.Find(
        [
            new("a", "幸福路小学门口增设红绿灯"),
            new("b", "幸福路小学门口增设红绿灯和减速带"),
            new("c", "幸福路小学门口增设减速带"),
            new("d", "新建社区老年食堂，解决老人吃饭难"),
        ]);

        Assert.Equal(["a", "b", "c"], Assert.Single(groups).Ids);
    }

    [Fact]
    public void Many_copies_of_one_suggestion_are_one_group_and_the_same_text_far_away_is_not_in_it()
    {
        var copies = Enumerable.Range(0, 250).Select(i => new SuggestionText($"c{i}", "建议在实验小学门口增设红绿灯", SchoolLat, SchoolLon));
        var others = Enumerable.Range(0, 1750).Select(i => new SuggestionText($"o{i}", $"幸福{i}路增设路灯和红绿灯", MarketLat + i * 0.01m, MarketLon));
        var far = new SuggestionText("far", "建议在实验小学门口增设红绿灯", MarketLat, MarketLon);

        var groups = NearDuplicates.Find([.. copies, .. others, far]);

        var group = Assert.Single(groups, g => g.Ids.Contains("c0"));
        Assert.Equal(250, group.Ids.Count);
        Assert.DoesNotContain("far", group.Ids);
    }
}
