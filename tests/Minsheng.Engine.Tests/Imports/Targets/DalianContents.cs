using System.Text.RegularExpressions;

namespace Minsheng.Engine.Tests.Imports.Targets;

/// <summary>
/// The 项目内容 paragraphs of ../shared/samples/dalian-2024-plan.txt by project code (category-project in
/// reading order), paired with their expected targets.
/// </summary>
internal static partial class DalianContents
{
    public static IReadOnlyList<ExpectedContent> WithExpectedTargets()
    {
        var contents = new List<ExpectedContent>();
        int category = 0, project = 0;
        foreach (var line in File.ReadLines(SamplePath("dalian-2024-plan.txt")))
        {
            if (CategoryHeading().IsMatch(line)) (category, project) = (category + 1, 0);
            else if (line.StartsWith('(')) project++;
            else if (line.StartsWith("项目内容:", StringComparison.Ordinal))
            {
                var code = $"{category:00}-{project:00}";
                contents.Add(new ExpectedContent(code, line["项目内容:".Length..], null, DalianExpectedTargets.ByProject[code]));
            }
        }
        return contents;
    }

    private static string SamplePath(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "samples", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"No shared/samples/{name} above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("^[一二三四五六七八九十]+、")]
    private static partial Regex CategoryHeading();
}
