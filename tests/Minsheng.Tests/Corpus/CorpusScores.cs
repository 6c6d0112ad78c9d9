using Minsheng.Engine.Imports;
using Minsheng.Engine.Model;

namespace Minsheng.Tests.Corpus;

/// <summary>Matched, expected and found, for recall (matched of expected) and precision (matched of found).</summary>
public sealed record Score(int Matched, int Expected, int Found)
{
    public static readonly Score Zero = new(0, 0, 0);

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public static Score operator +(Score a, Score b) => new(a.Matched + b.Matched, a.Expected + b.Expected, a.Found + b.Found);

    public override string ToString() => $"{Recall:P1} / {Precision:P1} ({Matched}/{Expected}, {Matched}/{Found})";

    /// <summary>The score of a found multiset against an expected one.</summary>
    public static Score Of<T>(IEnumerable<T> expected, IEnumerable<T> found) where T : notnull
    {
        var left = expected.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var foundList = found.ToList();
        var matched = 0;
        foreach (var item in foundList)
        {
            if (left.TryGetValue(item, out var count) && count > 0)
            {
                left[item] = count - 1;
                matched++;
            }
        }
        return new Score(matched, left.Values.Sum() + matched, foundList.Count);
    }
}

/// <summary>
/// How much of a corpus list a reading got right: its structure (categories, projects, lead units) and the targets of
/// each project, as values with units. Names are compared as the import normalises them (Simplified, no pinyin).
/// </summary>
public static class CorpusScores
{
    public static (Score Structure, Score Targets) Of(CorpusList expected, Plan found) => Of(expected, found, []);

    /// <summary>The scores, and a line for each project whose targets differ (what was expected, what was found).</summary>
    public static (Score Structure, Score Targets) Of(CorpusList expected, Plan found, ICollection<string> differences)
    {
        static string Norm(string text) => TextNormalizer.Normalize(text).Trim();
        var wanted = expected.Categories.Select(c => "类别 " + Norm(c.Name))
            .Concat(expected.Projects.Select(p => "项目 " + Norm(p.Name)))
            .Concat(expected.Projects.Select(p => $"牵头 {Norm(p.Name)} {Norm(p.Lead)}")).ToList();
        var read = found.Categories.Select(c => "类别 " + c.Name)
            .Concat(found.Projects.Select(p => "项目 " + p.Name))
            .Concat(found.Projects.Select(p => $"牵头 {p.Name} {p.Lead}")).ToList();
        var structure = Score.Of(wanted, read);
        foreach (var missing in wanted.Except(read)) differences.Add($"{expected.Name} not read: {missing}");
        foreach (var extra in read.Except(wanted)) differences.Add($"{expected.Name} read but not in the list: {extra}");
        // Targets project by project, in the list's order: a project read twice or not at all costs its targets.
        var foundProjects = found.Projects.ToList();
        var expectedProjects = expected.Projects.ToList();
        var targets = Score.Zero;
        for (var i = 0; i < Math.Max(foundProjects.Count, expectedProjects.Count); i++)
        {
            var want = i < expectedProjects.Count ? expectedProjects[i].Targets.Select(t => (t.Value, t.Unit)) : [];
            var got = i < foundProjects.Count ? foundProjects[i].Indicators.Select(x => (Value: x.Target, Unit: x.Unit ?? "")) : [];
            var score = Score.Of(want, got);
            if (score.Matched != score.Expected || score.Matched != score.Found)
            {
                differences.Add($"{expected.Name} {(i < expectedProjects.Count ? expectedProjects[i].Name : "?")}: expected {string.Join(" ", want)}; found {string.Join(" ", got)}");
            }
            targets += score;
        }
        return (structure, targets);
    }

    /// <summary>The 其中 parts, each as its project, itself and its whole (as values with units).</summary>
    public static Score Parts(CorpusList expected, Plan found)
    {
        var want = expected.Projects.SelectMany((p, i) => p.Targets.Where(t => t.Of is not null)
            .Select(t => (i, t.Value, t.Unit, p.Targets[t.Of!.Value].Value, p.Targets[t.Of!.Value].Unit)));
        var got = found.Projects.SelectMany((p, i) => p.Indicators.Where(x => x.Of is not null)
            .Select(x => (x, Whole: p.Indicators.Single(w => w.Code == x.Of)))
            .Select(pair => (i, pair.x.Target, pair.x.Unit ?? "", pair.Whole.Target, pair.Whole.Unit ?? "")));
        return Score.Of(want, got);
    }
}
