using Minsheng.Engine.Rating;
using Minsheng.Engine.Voting;

namespace Minsheng.Engine.Tests.Voting;

/// <summary>
/// The deputies' satisfaction rating (满意度测评), worked by hand: 30 deputies, 27 present (≥ 2/3 × 30 = 20, quorate).
/// A verdict takes more than half of all 30 deputies, not of the votes cast: 16 votes.
/// - P1: 18 satisfied, 6 basically, 2 not, 1 abstains. 18 ≥ 16: 满意; its satisfaction rate (18 + 6) / 30 = 0.8.
/// - P2: 14, 8, 3, 2 abstain. 14 &lt; 16 but 14 + 8 = 22 ≥ 16: 基本满意.
/// - P3: 10, 5, 10, 2 abstain. 10 + 5 = 15 &lt; 16: 不满意, although 15 is more than half of the 25 votes cast.
/// </summary>
public class Rating_satisfaction
{
    private static readonly string[] Projects = ["P1", "P2", "P3"];

    private static List<IReadOnlyDictionary<string, RatingChoice>> Sheets(int present = 27)
    {
        var columns = new Dictionary<string, RatingChoice[]>
        {
            ["P1"] = Choices(18, 6, 2),
            ["P2"] = Choices(14, 8, 3),
            ["P3"] = Choices(10, 5, 10),
        };
        return [.. Enumerable.Range(0, present).Select(d => (IReadOnlyDictionary<string, RatingChoice>)columns
            .Where(c => d < c.Value.Length && c.Value[d] != RatingChoice.Abstain)
            .ToDictionary(c => c.Key, c => c.Value[d]))];
    }

    private static RatingChoice[] Choices(int satisfied, int basic, int not) =>
        [.. Enumerable.Repeat(RatingChoice.Satisfied, satisfied), .. Enumerable.Repeat(RatingChoice.BasicallySatisfied, basic), .. Enumerable.Repeat(RatingChoice.Dissatisfied, not)];

    private static RatingCount Count(RatingRules? rules = null, int present = 27) =>
        SatisfactionRating.Count(rules ?? RatingRules.Default, Projects, deputies: 30, present, Sheets(present));

    [Fact]
    public void Satisfied_takes_more_than_half_of_all_deputies_and_basically_satisfied_counts_both()
    {
        var count = Count();

        Assert.Equal(16, count.Needed);
        Assert.Equal([Verdict.Satisfied, Verdict.BasicallySatisfied, Verdict.Dissatisfied], count.Projects.Select(p => p.Verdict));
        Assert.Equal((18, 6, 2, 1), (count.Projects[0].Satisfied, count.Projects[0].BasicallySatisfied, count.Projects[0].Dissatisfied, count.Projects[0].Abstained));
    }

    [Fact]
    public void Counted_of_the_votes_cast_the_same_votes_give_a_kinder_verdict()
    {
        var count = Count(RatingRules.Default with { Base = CountingBase.ValidBallots });

        Assert.Null(count.Needed);
        Assert.Equal(Verdict.BasicallySatisfied, count.Projects[2].Verdict);
    }

    [Fact]
    public void Without_a_quorum_no_project_gets_a_verdict()
    {
        var count = Count(present: 19);

        Assert.False(count.Quorate);
        Assert.All(count.Projects, p => Assert.Null(p.Verdict));
    }

    [Fact]
    public void The_rates_are_of_the_base_and_the_overall_rate_of_every_project_s_votes()
    {
        var count = Count();

        Assert.Equal((0.6m, 0.8m), (count.Projects[0].SatisfiedRate, count.Projects[0].SatisfactionRate));
        // (24 + 22 + 15) / (3 × 30)
        Assert.Equal(61m / 90, count.SatisfactionRate);
        Assert.Equal(1, count.Count(Verdict.BasicallySatisfied));
    }

    [Fact]
    public void Sources_combine_by_their_weights_and_one_without_a_rate_leaves_the_others()
    {
        // Deputies 60 at 0.8, survey 30 at 0.9, online 10 without ratings: (48 + 27) / 90.
        Assert.Equal(75m / 90, SatisfactionRating.Combined([(60, 0.8m), (30, 0.9m), (10, null)]));
        Assert.Null(SatisfactionRating.Combined([(60, null)]));
    }

    [Fact]
    public void A_sheet_for_no_project_of_the_rating_or_more_sheets_than_deputies_present_cannot_be_counted()
    {
        var foreign = new List<IReadOnlyDictionary<string, RatingChoice>> { new Dictionary<string, RatingChoice> { ["P9"] = RatingChoice.Satisfied } };

        Assert.Contains("\"P9\" is no project", Assert.Throws<VoteCountException>(() => SatisfactionRating.Count(RatingRules.Default, Projects, 30, 27, foreign)).Message);
        Assert.Contains("28 rating sheets from 27", Assert.Throws<VoteCountException>(() => SatisfactionRating.Count(RatingRules.Default, Projects, 30, 27, Sheets(28))).Message);
    }

    [Fact]
    public void A_project_every_deputy_abstained_on_gets_no_verdict_when_counted_of_the_votes_cast()
    {
        var count = SatisfactionRating.Count(RatingRules.Default with { Base = CountingBase.ValidBallots }, ["P1"], 30, 27,
            [.. Enumerable.Range(0, 27).Select(_ => (IReadOnlyDictionary<string, RatingChoice>)new Dictionary<string, RatingChoice>())]);

        Assert.Null(count.Projects[0].Verdict);
        Assert.Null(count.Projects[0].SatisfactionRate);
    }
}
