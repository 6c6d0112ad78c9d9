using System.Text;

namespace Minsheng.Engine.Bulletins;

/// <summary>督办情况: the projects under supervision at the month by level, highest first, and what changed this month.</summary>
internal static class SupervisionParagraphs
{
    public static IReadOnlyList<BulletinParagraph> Write(PlanFacts facts)
    {
        var words = facts.Template.Bulletin.Supervision ?? SupervisionWords.Default;
        if (facts.Supervised is not { } supervised) return [new BulletinParagraph(null, facts.Fill(words.Unavailable))];
        var open = supervised.Where(s => s.Open).ToList();
        if (open.Count == 0) return [new BulletinParagraph(null, facts.Fill(words.None))];

        var names = facts.Plan.Projects.ToDictionary(p => p.Code, p => p.Lead is { } lead ? $"{p.Name}（{lead}牵头）" : p.Name, StringComparer.Ordinal);
        var text = new StringBuilder(facts.Fill(words.Lead, ("count", open.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var levels = open.GroupBy(s => s.Level).OrderByDescending(g => g.Key)
            .Select(g => $"{words.LevelNames[Math.Clamp(g.Key, 1, words.LevelNames.Count) - 1]}{g.Count()}个：{string.Join("、", g.OrderBy(s => s.Since).Select(s => names.GetValueOrDefault(s.Project, s.Project)))}");
        text.Append(string.Join("；", levels)).Append('。');

        var raised = open.Count(s => s.Since == facts.Period);
        var escalated = open.Count(s => s.LevelSince == facts.Period && s.Since != facts.Period);
        var closed = supervised.Count(s => !s.Open);
        if (raised + escalated + closed > 0)
        {
            text.Append(facts.Fill(words.Changes,
                ("raised", raised.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("escalated", escalated.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("closed", closed.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        return [new BulletinParagraph(null, text.ToString())];
    }
}
