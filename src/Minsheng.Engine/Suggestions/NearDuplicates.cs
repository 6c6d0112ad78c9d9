namespace Minsheng.Engine.Suggestions;

/// <summary>A suggestion as near-duplicates are found: its text (the need and what should be done), and where, when it says.</summary>
public sealed record SuggestionText(string Id, string Text, decimal? Latitude = null, decimal? Longitude = null);

/// <summary>Suggestions that ask for the same thing at the same place, the office's to merge into one proposal.</summary>
public sealed record DuplicateGroup(IReadOnlyList<string> Ids);

/// <summary>
/// Near-duplicates by the words two suggestions share (Jaccard of their word sets, <see cref="ChineseWords"/>) and by
/// their places: two within <see cref="Near"/> metres count more alike, two more than <see cref="Far"/> apart less,
/// since the same words (增设红绿灯) at two schools are two needs. Pairs at or above the threshold join one group, and
/// groups sharing a suggestion are one group. Only suggestions sharing a word that is not in most of them are compared.
/// </summary>
public static class NearDuplicates
{
    public const double Near = 300;
    public const double Far = 2000;
    public const double PlaceWeight = 0.25;
    public const double DefaultThreshold = 0.45;

    public static IReadOnlyList<DuplicateGroup> Find(IReadOnlyList<SuggestionText> suggestions, double threshold = DefaultThreshold)
    {
        var words = suggestions.Select(s => ChineseWords.Of(s.Text)).ToList();
        var parent = Enumerable.Range(0, suggestions.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);

        foreach (var (a, b) in CandidatePairs(words))
        {
            if (Similarity(words[a], words[b], suggestions[a], suggestions[b]) >= threshold) parent[Root(a)] = Root(b);
        }
        return Enumerable.Range(0, suggestions.Count).GroupBy(Root).Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup(g.Select(i => suggestions[i].Id).ToList())).ToList();
    }

    /// <summary>How alike two suggestions are, 0 to 1: the words they share of all their words, moved by their places.</summary>
    public static double Similarity(SuggestionText a, SuggestionText b) => Similarity(ChineseWords.Of(a.Text), ChineseWords.Of(b.Text), a, b);

    private static double Similarity(HashSet<string> left, HashSet<string> right, SuggestionText a, SuggestionText b)
    {
        var union = left.Count + right.Count - left.Count(right.Contains);
        var words = union == 0 ? 0 : (double)left.Count(right.Contains) / union;
        var place = Distance(a, b) switch
        {
            null => 0,
            <= Near => PlaceWeight,
            > Far => -PlaceWeight,
            _ => 0,
        };
        return Math.Clamp(words + place, 0, 1);
    }

    /// <summary>Pairs sharing at least one word that is in no more than a tenth of the suggestions (at least 50, at most 200).</summary>
    private static IEnumerable<(int, int)> CandidatePairs(List<HashSet<string>> words)
    {
        var common = Math.Max(50, Math.Min(200, words.Count / 10));
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var word in words[i]) (index.TryGetValue(word, out var list) ? list : index[word] = []).Add(i);
        }
        var seen = new HashSet<(int, int)>();
        foreach (var holders in index.Values.Where(h => h.Count > 1 && h.Count <= common))
        {
            for (var x = 0; x < holders.Count; x++)
            {
                for (var y = x + 1; y < holders.Count; y++)
                {
                    if (seen.Add((holders[x], holders[y]))) yield return (holders[x], holders[y]);
                }
            }
        }
    }

    /// <summary>Metres between two places (haversine), or null when either has no coordinates.</summary>
    private static double? Distance(SuggestionText a, SuggestionText b)
    {
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2) return null;
        static double Radians(decimal degrees) => (double)degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6_371_000 * Math.Asin(Math.Sqrt(h));
    }
}
