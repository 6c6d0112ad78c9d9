namespace Minsheng.Engine.Suggestions;

/// <summary>A suggestion as near-duplicates are found: its text (the need and what should be done), and where, when it says.</summary>
public sealed record SuggestionText(string Id, string Text, decimal? Latitude = null, decimal? Longitude = null);

/// <summary>Suggestions that ask for the same thing at the same place, the office's to merge into one proposal.</summary>
public sealed record DuplicateGroup(IReadOnlyList<string> Ids);

/// <summary>
/// Near-duplicates by the words two suggestions share (Jaccard of their word sets, <see cref="ChineseWords"/>) and by
/// their places: two within <see cref="Near"/> metres count <see cref="PlaceWeight"/> more alike, two more than
/// <see cref="Far"/> apart count <see cref="FarFactor"/> of their words' likeness, since the same words (增设红绿灯) at two
/// schools are two needs. Pairs at or above the threshold join one group, and groups sharing a suggestion are one group.
/// </summary>
public static class NearDuplicates
{
    public const double Near = 300;
    public const double Far = 2000;
    public const double PlaceWeight = 0.25;
    public const double FarFactor = 0.4;
    public const double DefaultThreshold = 0.45;
    public const int RarestWords = 2;

    /// <summary>A word that is the rarest of more suggestions than this tells nothing (增设红绿灯 of a thousand); copies were joined before.</summary>
    public const int MostHolders = 200;

    public static IReadOnlyList<DuplicateGroup> Find(IReadOnlyList<SuggestionText> suggestions, double threshold = DefaultThreshold)
    {
        var words = suggestions.Select(s => ChineseWords.Of(s.Text)).ToList();
        var parent = Enumerable.Range(0, suggestions.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        void Join(int a, int b) => parent[Root(a)] = Root(b);

        // The same words at (nearly) the same point are one need at once, however many times it came: only one of
        // them is compared with the rest.
        var representatives = new List<int>();
        foreach (var same in Enumerable.Range(0, suggestions.Count).GroupBy(i => SameKey(words[i], suggestions[i])))
        {
            var first = same.First();
            foreach (var other in same.Skip(1)) Join(other, first);
            representatives.Add(first);
        }
        foreach (var (a, b) in CandidatePairs(representatives, words))
        {
            if (Similarity(words[a], words[b], suggestions[a], suggestions[b]) >= threshold) Join(a, b);
        }
        return Enumerable.Range(0, suggestions.Count).GroupBy(Root).Where(g => g.Count() > 1)
            .Select(g => new DuplicateGroup(g.Select(i => suggestions[i].Id).ToList())).ToList();
    }

    /// <summary>Its words in order, and its point to about 100 m (or none).</summary>
    private static string SameKey(HashSet<string> words, SuggestionText suggestion) =>
        string.Join("|", words.Order(StringComparer.Ordinal)) + "@" + (suggestion.Latitude is { } lat && suggestion.Longitude is { } lon
            ? $"{Math.Round(lat, 3)},{Math.Round(lon, 3)}" : "");

    /// <summary>How alike two suggestions are, 0 to 1: the words they share of all their words, moved by their places.</summary>
    public static double Similarity(SuggestionText a, SuggestionText b) => Similarity(ChineseWords.Of(a.Text), ChineseWords.Of(b.Text), a, b);

    private static double Similarity(HashSet<string> left, HashSet<string> right, SuggestionText a, SuggestionText b)
    {
        var union = left.Count + right.Count - left.Count(right.Contains);
        var words = union == 0 ? 0 : (double)left.Count(right.Contains) / union;
        return Distance(a, b) switch
        {
            <= Near => Math.Min(1, words + PlaceWeight),
            // The same words at two schools are two needs: far apart, even the same text stays below the threshold.
            > Far => words * FarFactor,
            _ => words,
        };
    }

    /// <summary>
    /// Pairs sharing one of the <see cref="RarestWords"/> rarest words either has in common with any other: a suggestion
    /// alike another shares its most telling words with it, and a word that every suggestion has (红绿灯 in a thousand)
    /// makes no pairs of its own.
    /// </summary>
    private static IEnumerable<(int, int)> CandidatePairs(List<int> representatives, List<HashSet<string>> words)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in representatives.SelectMany(r => words[r])) frequency[word] = frequency.GetValueOrDefault(word) + 1;
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var r in representatives)
        {
            foreach (var word in words[r].Where(w => frequency[w] > 1).OrderBy(w => frequency[w]).ThenBy(w => w, StringComparer.Ordinal).Take(RarestWords))
            {
                (index.TryGetValue(word, out var list) ? list : index[word] = []).Add(r);
            }
        }
        var seen = new HashSet<(int, int)>();
        foreach (var holders in index.Values.Where(h => h.Count is > 1 and <= MostHolders))
        {
            for (var x = 0; x < holders.Count; x++)
            {
                for (var y = x + 1; y < holders.Count; y++)
                {
                    var pair = holders[x] < holders[y] ? (holders[x], holders[y]) : (holders[y], holders[x]);
                    if (seen.Add(pair)) yield return pair;
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
