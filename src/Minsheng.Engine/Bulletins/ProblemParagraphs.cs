using System.Text;

namespace Minsheng.Engine.Bulletins;

/// <summary>存在问题 grouped by type in the template's order (一是资金到位不及时。…), each naming its projects.</summary>
internal static class ProblemParagraphs
{
    public static IReadOnlyList<BulletinParagraph> Write(PlanFacts facts)
    {
        var words = facts.Template.Bulletin;
        if (!facts.ProblemsKnown) return [new BulletinParagraph(null, facts.Fill(words.ProblemsUnavailable))];

        var names = facts.Plan.Projects.ToDictionary(p => p.Code, p => p.Lead is { } lead ? $"{p.Name}（{lead}牵头）" : p.Name, StringComparer.Ordinal);
        var problems = facts.Summary.Projects.SelectMany(p => facts.ProblemsOf(p.Code)).ToList();
        var paragraphs = new List<BulletinParagraph>();
        foreach (var type in words.ProblemTypes)
        {
            var ofType = problems.Where(p => p.Kind == type.Kind).ToList();
            if (ofType.Count == 0) continue;
            var text = new StringBuilder();
            var projects = ofType.Select(p => p.Project).Distinct().Count();
            text.Append($"涉及{projects}个项目。");
            text.Append(string.Join("；", ofType.GroupBy(p => p.Project).Select(g => $"{names[g.Key]}：{string.Join("，", g.Select(p => p.Description.TrimEnd('。')))}")));
            text.Append('。');
            paragraphs.Add(new BulletinParagraph($"{ChineseFigures.Numeral(paragraphs.Count + 1)}是{type.Heading}。", text.ToString()));
        }
        if (paragraphs.Count == 0) paragraphs.Add(new BulletinParagraph(null, facts.Fill(words.NoProblems)));
        return paragraphs;
    }
}
