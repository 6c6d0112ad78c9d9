using Minsheng.Engine.Voting;

namespace Minsheng.Engine.Tests.Voting;

/// <summary>
/// The deputies' vote (票决) counted from its ballots. The worked example, by hand: a county congress of 30 deputies,
/// 28 present, votes 10 of 13 candidates (A-M) on ballots picking up to 10.
/// - Quorum: 28 ≥ 2/3 × 30 = 20, so the meeting counts.
/// - One ballot picks 11 and is invalid: 27 valid ballots.
/// - Passing takes more than half of all 30 deputies, not of the 27 votes cast: ⌊30 / 2⌋ + 1 = 16 votes.
/// - Yes votes: A 27, B 26, C 25, D 24, E 23, F 22, G 21, H 20, I 19, J 18, K 18, L 15, M 12 (270 = 27 × 10 marks).
///   A-K pass (11 for 10 places); L, with 15 of 27 votes cast, would pass of the votes cast but not of all deputies.
/// - The 10th place is tied between J and K (18 each): A-I are elected, and J and K go to a run-off for 1 place.
/// - Run-off: J 17, K 10, one blank; J passes (17 ≥ 16) and is the 10th.
/// </summary>
public class Counting_the_vote
{
    private static readonly string[] Candidates = [.. "ABCDEFGHIJKLM".Select(c => c.ToString())];
    private static readonly int[] Yes = [27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 18, 15, 12];

    private static VoteRound FirstRound => new(Candidates, Places: 10, Deputies: 30, Present: 28);

    /// <summary>27 valid ballots that give each candidate its votes (each ballot picks 10), and the ballot that picks 11.</summary>
    private static List<Ballot> FirstBallots()
    {
        var picks = Enumerable.Range(0, 27).Select(_ => new List<string>()).ToList();
        var next = 0;
        for (var c = 0; c < Candidates.Length; c++)
        {
            for (var v = 0; v < Yes[c]; v++) picks[next++ % 27].Add(Candidates[c]);
        }
        return [.. picks.Select(p => Ballot.Picking([.. p])), Ballot.Picking([.. Candidates.Take(11)])];
    }

    private static RoundCount Count(VoteRules? rules = null, VoteRound? round = null, List<Ballot>? ballots = null) =>
        VoteCount.Count(rules ?? VoteRules.Default, round ?? FirstRound, ballots ?? FirstBallots());

    [Fact]
    public void Passing_takes_more_than_half_of_all_deputies_not_of_the_votes_cast()
    {
        var count = Count();

        Assert.Equal(16, count.Needed);
        Assert.Equal([.. "ABCDEFGHIJK".Select(c => c.ToString())], count.Tallies.Where(t => t.Passes).Select(t => t.Candidate));
        Assert.False(count.Tallies.Single(t => t.Candidate == "L").Passes);
    }

    [Fact]
    public void The_base_and_the_share_are_rules_of_the_vote()
    {
        var ofVotesCast = Count(VoteRules.Default with { Base = CountingBase.ValidBallots });
        var ofPresent = Count(VoteRules.Default with { Base = CountingBase.Present, Share = Fraction.TwoThirds });

        Assert.Equal(14, ofVotesCast.Needed);
        Assert.True(ofVotesCast.Tallies.Single(t => t.Candidate == "L").Passes);
        Assert.Equal(19, ofPresent.Needed);
        Assert.Equal([.. "ABCDEFGHI".Select(c => c.ToString())], ofPresent.Elected);
    }

    [Fact]
    public void A_ballot_marking_more_than_the_places_is_invalid_and_counts_for_no_one()
    {
        var count = Count();

        Assert.Equal([(27, InvalidBallot.MoreThanThePlaces)], count.Invalid);
        Assert.Equal(27, count.ValidBallots);
        Assert.Equal(27, count.Tallies.Single(t => t.Candidate == "A").Yes);
    }

    [Fact]
    public void A_ballot_naming_no_candidate_of_the_round_is_invalid()
    {
        var count = Count(ballots: [Ballot.Picking("A", "Z"), Ballot.Picking("A")]);

        Assert.Equal([(0, InvalidBallot.UnknownCandidate)], count.Invalid);
        Assert.Equal(1, count.Tallies.Single(t => t.Candidate == "A").Yes);
    }

    [Fact]
    public void A_tie_at_the_last_place_goes_to_a_run_off_among_the_tied()
    {
        var count = Count();

        Assert.Equal([.. "ABCDEFGHI".Select(c => c.ToString())], count.Elected);
        Assert.Equal(["J", "K"], count.RunOff!.Candidates);
        Assert.Equal(1, count.RunOff.Places);
        Assert.Equal(1, count.PlacesLeft(10));
    }

    [Fact]
    public void The_run_off_elects_the_tied_candidate_with_what_passing_takes()
    {
        var runOff = Count().RunOff!;
        var ballots = Enumerable.Repeat(Ballot.Picking("J"), 17).Concat(Enumerable.Repeat(Ballot.Picking("K"), 10)).Append(Ballot.Picking()).ToList();

        var count = VoteCount.Count(VoteRules.Default, new VoteRound(runOff.Candidates, runOff.Places, 30, 28), ballots);

        Assert.Equal(["J"], count.Elected);
        Assert.Null(count.RunOff);
    }

    [Fact]
    public void Too_few_passing_leave_places_for_a_further_round()
    {
        var ballots = Enumerable.Repeat(Ballot.Picking("A", "B", "C"), 16).Concat(Enumerable.Repeat(Ballot.Picking("D"), 12)).ToList();

        var count = Count(ballots: ballots);

        Assert.Equal(["A", "B", "C"], count.Elected);
        Assert.Null(count.RunOff);
        Assert.Equal(7, count.PlacesLeft(10));
    }

    [Theory]
    [InlineData(19, false)]
    [InlineData(20, true)]
    public void Nothing_counts_without_a_quorum_of_two_thirds_of_all_deputies(int present, bool quorate)
    {
        var ballots = Enumerable.Repeat(Ballot.Picking([.. Candidates.Take(10)]), present).ToList();

        var count = Count(round: FirstRound with { Present = present }, ballots: ballots);

        Assert.Equal(quorate, count.Quorate);
        Assert.Equal(quorate ? 10 : 0, count.Elected.Count);
    }

    [Fact]
    public void Equal_votes_share_a_rank_and_the_next_rank_skips()
    {
        var ranks = Count().Tallies.ToDictionary(t => t.Candidate, t => t.Rank);

        Assert.Equal((9, 10, 10, 12), (ranks["I"], ranks["J"], ranks["K"], ranks["L"]));
    }

    [Fact]
    public void On_yes_no_abstain_ballots_each_candidate_counts_its_yes_no_and_abstentions()
    {
        var rules = VoteRules.Default with { Kind = BallotKind.YesNoAbstain };
        var round = new VoteRound(["A", "B"], 1, Deputies: 5, Present: 4);
        var ballots = new List<Ballot>
        {
            new(new Dictionary<string, Mark> { ["A"] = Mark.Yes, ["B"] = Mark.No }),
            new(new Dictionary<string, Mark> { ["A"] = Mark.Yes, ["B"] = Mark.Abstain }),
            new(new Dictionary<string, Mark> { ["A"] = Mark.Yes }),
            new(new Dictionary<string, Mark> { ["A"] = Mark.Yes, ["B"] = Mark.Yes }),
        };

        var count = VoteCount.Count(rules, round, ballots);

        Assert.Equal([(3, InvalidBallot.MoreThanThePlaces)], count.Invalid);
        Assert.Equal([("A", 3, 0, 0), ("B", 0, 1, 2)], count.Tallies.Select(t => (t.Candidate, t.Yes, t.No, t.Abstain)));
        Assert.Equal(["A"], count.Elected);
    }

    [Fact]
    public void The_count_is_the_same_whatever_the_order_of_the_ballots()
    {
        var ballots = FirstBallots();
        var shuffled = ballots.OrderBy(b => string.Join("", b.Marks.Keys).GetHashCode(StringComparison.Ordinal)).ToList();

        var (once, again) = (Count(ballots: ballots), Count(ballots: shuffled));

        Assert.Equal(once.Tallies, again.Tallies);
        Assert.Equal(once.Elected, again.Elected);
        Assert.Equal(once.RunOff!.Candidates, again.RunOff!.Candidates);
    }

    [Fact]
    public void More_ballots_than_deputies_present_cannot_be_counted()
    {
        var ballots = Enumerable.Repeat(Ballot.Picking("A"), 29).ToList();

        var refused = Assert.Throws<VoteCountException>(() => Count(ballots: ballots));

        Assert.Contains("29 ballots from 28 deputies present", refused.Message);
    }
}
