using Minsheng.Engine.Voting;

namespace Minsheng.Engine.Rating;

/// <summary>A deputy's choice on one project. Abstaining is allowed.</summary>
public enum RatingChoice { Satisfied, BasicallySatisfied, Dissatisfied, Abstain }

/// <summary>满意, 基本满意 or 不满意.</summary>
public enum Verdict { Satisfied, BasicallySatisfied, Dissatisfied }

/// <summary>
/// The rules of a rating (DOMAIN.md): 满意 when satisfied votes are more than <see cref="Share"/> of the base, which
/// is all the deputies by default and not the votes cast; 基本满意 when satisfied and basically satisfied together
/// are; otherwise 不满意. Quorum first: below it no project gets a verdict.
/// </summary>
public sealed record RatingRules(CountingBase Base, Fraction Share, Fraction Quorum)
{
    public static RatingRules Default { get; } = new(CountingBase.AllDeputies, Fraction.Half, Fraction.TwoThirds);
}

/// <summary>
/// One project's rating: the votes, the verdict (null without a quorum), and two rates of the base:
/// satisfied alone, and satisfied with basically satisfied (the 满意度 most offices publish).
/// </summary>
public sealed record ProjectRating(
    string Project, int Satisfied, int BasicallySatisfied, int Dissatisfied, int Abstained, Verdict? Verdict, decimal? SatisfiedRate, decimal? SatisfactionRate);

/// <summary>
/// The ratings of every project, and the overall satisfaction rate: all satisfied and basically satisfied votes of all
/// bases. Needed: the votes a verdict takes, the same for every project unless the base is each project's valid votes.
/// </summary>
public sealed record RatingCount(bool Quorate, int? Needed, IReadOnlyList<ProjectRating> Projects, decimal? SatisfactionRate)
{
    public int Count(Verdict verdict) => Projects.Count(p => p.Verdict == verdict);
}

public static class SatisfactionRating
{
    /// <summary>Counts the deputies' rating sheets, each a choice by project; a project left blank on a sheet is an abstention.</summary>
    public static RatingCount Count(RatingRules rules, IReadOnlyList<string> projects, int deputies, int present, IReadOnlyList<IReadOnlyDictionary<string, RatingChoice>> sheets)
    {
        if (rules.Share.Denominator < 1 || rules.Quorum.Denominator < 1) throw new VoteCountException("a share of zero parts");
        if (present < 0 || present > deputies) throw new VoteCountException($"{present} present of {deputies} deputies");
        if (sheets.Count > present) throw new VoteCountException($"{sheets.Count} rating sheets from {present} deputies present");
        var known = projects.ToHashSet(StringComparer.Ordinal);
        if (sheets.SelectMany(s => s.Keys).FirstOrDefault(p => !known.Contains(p)) is { } unknown) throw new VoteCountException($"\"{unknown}\" is no project of the rating");

        var quorate = rules.Quorum.HeldBy(present, deputies);
        var ratings = new List<ProjectRating>(projects.Count);
        var (accepted, bases) = (0, 0);
        foreach (var project in projects)
        {
            var choices = sheets.Select(s => s.GetValueOrDefault(project, RatingChoice.Abstain)).ToList();
            int satisfied = choices.Count(c => c == RatingChoice.Satisfied), basic = choices.Count(c => c == RatingChoice.BasicallySatisfied);
            int dissatisfied = choices.Count(c => c == RatingChoice.Dissatisfied);
            var abstained = present - satisfied - basic - dissatisfied;
            var countingBase = rules.Base switch
            {
                CountingBase.Present => present,
                CountingBase.ValidBallots => satisfied + basic + dissatisfied,
                _ => deputies,
            };
            var needed = rules.Share.MoreThan(countingBase);
            // Every deputy abstaining on a project counted of the votes cast gives no verdict, not a 不满意.
            Verdict? verdict = !quorate || countingBase == 0 ? null
                : satisfied >= needed ? Rating.Verdict.Satisfied
                : satisfied + basic >= needed ? Rating.Verdict.BasicallySatisfied
                : Rating.Verdict.Dissatisfied;
            ratings.Add(new ProjectRating(project, satisfied, basic, dissatisfied, abstained, verdict,
                Rate(satisfied, countingBase), Rate(satisfied + basic, countingBase)));
            (accepted, bases) = (accepted + satisfied + basic, bases + countingBase);
        }
        int? neededOfAll = rules.Base switch { CountingBase.AllDeputies => rules.Share.MoreThan(deputies), CountingBase.Present => rules.Share.MoreThan(present), _ => null };
        return new RatingCount(quorate, neededOfAll, ratings, Rate(accepted, bases));
    }

    /// <summary>
    /// A rate combined from several sources (deputies 60, survey 30, online 10) by their weights; a source without a
    /// rate leaves the others' weights to count alone. Null when no source has one.
    /// </summary>
    public static decimal? Combined(IEnumerable<(decimal Weight, decimal? Rate)> sources)
    {
        var rated = sources.Where(s => s.Rate is not null && s.Weight > 0).ToList();
        var weight = rated.Sum(s => s.Weight);
        return weight == 0 ? null : rated.Sum(s => s.Weight * s.Rate!.Value) / weight;
    }

    private static decimal? Rate(int votes, int countingBase) => countingBase == 0 ? null : (decimal)votes / countingBase;
}
