using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Voting;

/// <summary>Why a ballot does not count.</summary>
public enum InvalidBallot { MoreThanThePlaces, UnknownCandidate }

/// <summary>A candidate's votes, its competition rank by yes votes (1, 2, 2, 4) and whether it has what passing takes.</summary>
public sealed record CandidateTally(string Candidate, int Yes, int No, int Abstain, int Rank, bool Passes);

/// <summary>A tie at the last place: the tied candidates go to a run-off for the places left.</summary>
public sealed record RunOff(IReadOnlyList<string> Candidates, int Places);

/// <summary>
/// The count of one round. Without a quorum nothing counts. Elected are the passing candidates with the most
/// votes up to the places; a tie at the last place leaves a <see cref="RunOff"/>; too few passing leave places
/// for a further round (<see cref="PlacesLeft"/>, counting the run-off's too).
/// </summary>
public sealed record RoundCount(
    bool Quorate,
    int Needed,
    int ValidBallots,
    IReadOnlyList<(int Ballot, InvalidBallot Why)> Invalid,
    IReadOnlyList<CandidateTally> Tallies,
    IReadOnlyList<string> Elected,
    RunOff? RunOff)
{
    public int PlacesLeft(int places) => places - Elected.Count;
}

/// <summary>Counts a round from its stored ballots: the same ballots always give the same count.</summary>
public static class VoteCount
{
    public static RoundCount Count(VoteRules rules, VoteRound round, IReadOnlyList<Ballot> ballots)
    {
        Check(rules, round, ballots);
        var candidates = new HashSet<string>(round.Candidates, StringComparer.Ordinal);
        var invalid = new List<(int, InvalidBallot)>();
        var yes = round.Candidates.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        var no = round.Candidates.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        var valid = 0;
        for (var i = 0; i < ballots.Count; i++)
        {
            var marks = ballots[i].Marks;
            if (marks.Keys.Any(c => !candidates.Contains(c))) invalid.Add((i, InvalidBallot.UnknownCandidate));
            else if (marks.Values.Count(m => m == Mark.Yes) > round.Places) invalid.Add((i, InvalidBallot.MoreThanThePlaces));
            else
            {
                valid++;
                foreach (var (candidate, mark) in marks)
                {
                    if (mark == Mark.Yes) yes[candidate]++;
                    else if (mark == Mark.No && rules.Kind == BallotKind.YesNoAbstain) no[candidate]++;
                }
            }
        }

        var quorate = rules.Quorum.HeldBy(round.Present, round.Deputies);
        var countingBase = rules.Base switch
        {
            CountingBase.Present => round.Present,
            CountingBase.ValidBallots => valid,
            _ => round.Deputies,
        };
        var needed = rules.Share.MoreThan(countingBase);
        // Ranking keeps the ballot's order among equal votes (OrderBy is stable).
        var tallies = Ranking.Rank(round.Candidates, c => yes[c])
            .Select(r => new CandidateTally(r.Item, yes[r.Item], no[r.Item], valid - yes[r.Item] - no[r.Item], r.Rank!.Value, quorate && yes[r.Item] >= needed))
            .ToList();
        var (elected, runOff) = Elect(tallies.Where(t => t.Passes).ToList(), round.Places);
        return new RoundCount(quorate, needed, valid, invalid, tallies, elected, runOff);
    }

    private static (IReadOnlyList<string> Elected, RunOff? RunOff) Elect(List<CandidateTally> passing, int places)
    {
        if (passing.Count <= places) return (passing.Select(t => t.Candidate).ToList(), null);
        var last = passing[places - 1].Yes;
        var above = passing.Where(t => t.Yes > last).Select(t => t.Candidate).ToList();
        var tied = passing.Where(t => t.Yes == last).Select(t => t.Candidate).ToList();
        return above.Count + tied.Count == places ? ([.. above, .. tied], null) : (above, new RunOff(tied, places - above.Count));
    }

    private static void Check(VoteRules rules, VoteRound round, IReadOnlyList<Ballot> ballots)
    {
        if (rules.Share.Denominator < 1 || rules.Quorum.Denominator < 1) throw new VoteCountException("a share of zero parts");
        if (round.Places < 1 || round.Places > round.Candidates.Count) throw new VoteCountException($"{round.Places} places for {round.Candidates.Count} candidates");
        if (round.Candidates.Distinct(StringComparer.Ordinal).Count() != round.Candidates.Count) throw new VoteCountException("a candidate stands twice");
        if (round.Present < 0 || round.Present > round.Deputies) throw new VoteCountException($"{round.Present} present of {round.Deputies} deputies");
        if (ballots.Count > round.Present) throw new VoteCountException($"{ballots.Count} ballots from {round.Present} deputies present");
    }
}

/// <summary>A round that cannot be counted as given (more ballots than deputies present, more places than candidates).</summary>
public sealed class VoteCountException(string message) : Exception(message);
