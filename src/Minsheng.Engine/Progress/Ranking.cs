namespace Minsheng.Engine.Progress;

/// <summary>Rankings use competition ranking for ties: 1, 2, 2, 4.</summary>
public static class Ranking
{
    /// <summary>
    /// Ranks items by a score, higher first; equal scores share a rank and the next rank skips
    /// as many places as shared it. Items without a score come last, unranked.
    /// </summary>
    public static IReadOnlyList<(T Item, int? Rank)> Rank<T>(IEnumerable<T> items, Func<T, decimal?> score)
    {
        var scored = items.Select(item => (Item: item, Score: score(item))).ToList();
        var ranked = scored.Where(x => x.Score is not null).OrderByDescending(x => x.Score).ToList();
        var result = new List<(T, int?)>(scored.Count);
        for (var i = 0; i < ranked.Count; i++)
        {
            var rank = i > 0 && ranked[i].Score == ranked[i - 1].Score ? result[i - 1].Item2 : i + 1;
            result.Add((ranked[i].Item, rank));
        }
        result.AddRange(scored.Where(x => x.Score is null).Select(x => (x.Item, (int?)null)));
        return result;
    }
}
