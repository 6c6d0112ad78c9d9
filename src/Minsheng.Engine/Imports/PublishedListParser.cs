using System.Text.RegularExpressions;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Imports;

/// <summary>
/// Reads a published list (民生实事项目清单) into a plan: categories and projects by their
/// numbering (一、 / (一) / 1. / (1)), each project's content (项目内容 / 建设内容 / 主要内容 / a bare
/// paragraph) and units (责任单位 / 牵头单位 / 配合单位), and the targets written in the content.
/// </summary>
public static partial class PublishedListParser
{
    private const string DefaultCategory = "民生实事";

    public static ImportedList Parse(string text, ListImportOptions? options = null)
    {
        options ??= new ListImportOptions();
        var lines = SplitLines(TextNormalizer.Normalize(text));
        if (lines.Count == 0) throw new ListImportException(ListProblem.Empty, "The list is empty.");

        var entries = ListLines.Read(lines);
        var numbered = entries.OfType<NumberedEntry>().ToList();
        if (numbered.Count == 0)
        {
            throw new ListImportException(ListProblem.NoNumberedProjects, "No numbered projects were found: a list numbers its projects as 一、, (一), 1. or (1).");
        }

        var title = string.Join(" ", lines.TakeWhile(l => l.Number != numbered[0].Line).Select(l => l.Text));
        var year = options.Year ?? YearIn(title) ?? throw new ListImportException(ListProblem.NoYear, "The year is not in the title: give it (--year).");
        var region = options.Region ?? RegionIn(title) ?? throw new ListImportException(ListProblem.NoRegion, "The region is not in the title: give it (--region).");

        var warnings = new List<ListWarning>();
        var builder = new ListPlanBuilder(warnings, year);
        var styles = numbered.Select(n => n.Style).Distinct().ToList();
        var categoryStyle = styles.Count > 1 ? styles[0] : (NumberStyle?)null;
        var projectStyle = styles.Count > 1 ? styles[1] : styles[0];
        foreach (var entry in numbered)
        {
            if (entry.Style == categoryStyle) builder.StartCategory(entry.Title, entry.Line);
            else if (entry.Style == projectStyle) builder.AddProject(entry, DefaultCategory);
            else builder.AppendToLastProject(entry);
        }

        var plan = new Plan(region, year, title.Length > 0 ? title : $"{year}年{region}民生实事项目", PlanSettings.Default, builder.Categories(), [], []);
        return new ImportedList(plan, builder.Projects, warnings);
    }

    private static List<SourceLine> SplitLines(string text)
    {
        // Labels written inline ("…。责任单位：…") start lines of their own.
        var separated = InlineLabel().Replace(text, "\n$1");
        return separated.Split('\n')
            .Select((line, i) => new SourceLine(i + 1, line.Trim()))
            .Where(line => line.Text.Length > 0)
            .ToList();
    }

    private static int? YearIn(string title) => YearPattern().Match(title) is { Success: true } match ? int.Parse(match.Groups[1].Value) : null;

    private static string? RegionIn(string title)
    {
        var withoutYear = YearPattern().Replace(title, "");
        return RegionPattern().Match(withoutYear) is { Success: true } match ? match.Value : null;
    }

    [GeneratedRegex(@"(?<!^|\n)((?:" + ListLines.Labels + @")\s*[:：])")]
    private static partial Regex InlineLabel();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{1,10}?(?:自治区|省|市|自治州|州|盟|县|区|旗)")]
    private static partial Regex RegionPattern();
}

internal sealed record SourceLine(int Number, string Text);
