using Minsheng.Engine.Imports.Targets;

namespace Minsheng.Engine.Tests.Imports.Targets;

/// <summary>A project's content with the targets a careful reader finds in it and the investment it states.</summary>
internal sealed record ExpectedContent(string Id, string Content, decimal? Investment, (decimal Value, string Unit)[] Targets);

/// <summary>
/// Recall and precision of the extractor's values and units over a list: a found target matches an expected
/// one of the same project with the same value and unit, each expected target matching at most once.
/// </summary>
internal sealed record CorpusScore(int Expected, int Found, int Matched, IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious)
{
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public static CorpusScore Of(IEnumerable<ExpectedContent> contents)
    {
        int expected = 0, found = 0, matched = 0;
        var missed = new List<string>();
        var spurious = new List<string>();
        foreach (var content in contents)
        {
            var remaining = content.Targets.ToList();
            var targets = TargetExtractor.Extract(content.Content).Targets;
            expected += remaining.Count;
            found += targets.Count;
            foreach (var target in targets)
            {
                var index = remaining.FindIndex(e => e.Value == target.Value && e.Unit == target.Unit);
                if (index < 0)
                {
                    spurious.Add($"{content.Id} {target.Value} {target.Unit} ({target.Name})");
                    continue;
                }
                matched++;
                remaining.RemoveAt(index);
            }
            missed.AddRange(remaining.Select(e => $"{content.Id} {e.Value} {e.Unit}"));
        }
        return new CorpusScore(expected, found, matched, missed, spurious);
    }

    public override string ToString() =>
        $"recall {Recall:P1} ({Matched}/{Expected}), precision {Precision:P1} ({Matched}/{Found})"
        + (Missed.Count > 0 ? $"\n  missed: {string.Join("; ", Missed)}" : "")
        + (Spurious.Count > 0 ? $"\n  not expected: {string.Join("; ", Spurious)}" : "");
}
