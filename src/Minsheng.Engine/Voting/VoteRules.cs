namespace Minsheng.Engine.Voting;

/// <summary>Pick up to N of the candidates (the default), or say yes, no or abstain on each.</summary>
public enum BallotKind { PickUpTo, YesNoAbstain }

/// <summary>What a share for passing is counted of: all the deputies (the default), those present, or the valid ballots.</summary>
public enum CountingBase { AllDeputies, Present, ValidBallots }

/// <summary>
/// The rules of a vote, which are data of the vote and not of the code. A candidate passes with more than
/// <see cref="Share"/> of the base (过半数: more than half of all the deputies by default); the meeting counts
/// only when at least <see cref="Quorum"/> of all deputies are present (三分之二以上 includes two thirds exactly).
/// </summary>
public sealed record VoteRules(BallotKind Kind, CountingBase Base, Fraction Share, Fraction Quorum)
{
    public static VoteRules Default { get; } = new(BallotKind.PickUpTo, CountingBase.AllDeputies, Fraction.Half, Fraction.TwoThirds);
}

/// <summary>
/// A share as a fraction of whole numbers, so that two thirds of 30 is exactly 20 (as a decimal 2/3 rounds up and
/// 20 present would miss a quorum of 20.000…01).
/// </summary>
public sealed record Fraction(int Numerator, int Denominator)
{
    public static Fraction Half { get; } = new(1, 2);

    public static Fraction TwoThirds { get; } = new(2, 3);

    /// <summary>Whether a count is at least this share of a whole (三分之二以上 includes two thirds).</summary>
    public bool HeldBy(int count, int whole) => (long)count * Denominator >= (long)Numerator * whole;

    /// <summary>The fewest whole votes that are more than this share of a base: more than half of 30 is 16, of 29 is 15.</summary>
    public int MoreThan(int countingBase) => (int)((long)Numerator * countingBase / Denominator) + 1;
}

/// <summary>One round: who stands, for how many places, of how many deputies, of whom how many are present.</summary>
public sealed record VoteRound(IReadOnlyList<string> Candidates, int Places, int Deputies, int Present);

/// <summary>A yes, a no or an abstention on one candidate. On a ballot to pick from, a picked candidate is a yes.</summary>
public enum Mark { Yes, No, Abstain }

/// <summary>One deputy's ballot, with no name on it: the marks it carries, by candidate. A candidate not marked is an abstention.</summary>
public sealed record Ballot(IReadOnlyDictionary<string, Mark> Marks)
{
    /// <summary>A ballot picking the candidates named.</summary>
    public static Ballot Picking(params string[] candidates) => new(candidates.Distinct().ToDictionary(c => c, _ => Mark.Yes));
}
