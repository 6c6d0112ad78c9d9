using BenchmarkDotNet.Attributes;
using Minsheng.Engine.Rating;
using Minsheng.Engine.Voting;

namespace Minsheng.Benchmarks;

/// <summary>
/// Counting a provincial-size vote from its stored ballots: 500 deputies present of 520, 15 candidates for 10 places,
/// each ballot picking 10 (a fixed seed, so every run counts the same ballots); and their satisfaction rating of 15 projects.
/// </summary>
[MemoryDiagnoser]
public class VoteCountBenchmarks
{
    private const int Deputies = 520;
    private const int Present = 500;
    private readonly string[] _candidates = [.. Enumerable.Range(1, 15).Select(i => $"候选项目{i:D2}")];
    private List<Ballot> _ballots = [];
    private List<IReadOnlyDictionary<string, RatingChoice>> _sheets = [];

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(2026);
        _ballots = [.. Enumerable.Range(0, Present).Select(_ => Ballot.Picking([.. _candidates.OrderBy(_ => random.Next()).Take(10)]))];
        _sheets = [.. Enumerable.Range(0, Present).Select(_ => (IReadOnlyDictionary<string, RatingChoice>)_candidates.ToDictionary(c => c, _ => (RatingChoice)random.Next(4)))];
    }

    [Benchmark]
    public RoundCount CountTheVote() => VoteCount.Count(VoteRules.Default, new VoteRound(_candidates, 10, Deputies, Present), _ballots);

    [Benchmark]
    public RatingCount CountTheRating() => SatisfactionRating.Count(RatingRules.Default, _candidates, Deputies, Present, _sheets);
}
