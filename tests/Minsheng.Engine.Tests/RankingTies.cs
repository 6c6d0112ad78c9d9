using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

public class Ranking_with_ties
{
    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_skips_places_1_2_2_4()
    {
        var ranked = Ranking.Rank(new[] { ("甲", 0.9m), ("乙", 0.8m), ("丙", 0.8m), ("丁", 0.7m) }, x => x.Item2);

        Assert.Equal([1, 2, 2, 4], ranked.Select(r => r.Rank));
        Assert.Equal(["甲", "乙", "丙", "丁"], ranked.Select(r => r.Item.Item1));
    }

    [Fact]
    public void Higher_scores_rank_first_whatever_the_input_order()
    {
        var ranked = Ranking.Rank(new[] { 0.5m, 0.9m, 0.5m, 0.5m, 1m }, x => x);

        Assert.Equal([1m, 0.9m, 0.5m, 0.5m, 0.5m], ranked.Select(r => r.Item));
        Assert.Equal([1, 2, 3, 3, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Items_without_a_score_come_last_unranked()
    {
        var ranked = Ranking.Rank(new decimal?[] { null, 0.4m, 0.6m }, x => x);

        Assert.Equal([1, 2, null], ranked.Select(r => r.Rank));
        Assert.Null(ranked[^1].Item);
    }
}
