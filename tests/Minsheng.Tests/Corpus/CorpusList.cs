using System.Text.Json;

namespace Minsheng.Tests.Corpus;

/// <summary>A target; Of is the index, among its project's targets, of the target it is a part of (其中).</summary>
public sealed record CorpusTarget(decimal Value, string Unit, int? Of = null);

public sealed record CorpusProject(string Name, string Content, string Lead, string Others, string Deadline, IReadOnlyList<CorpusTarget> Targets);

public sealed record CorpusCategory(string Name, IReadOnlyList<CorpusProject> Projects);

/// <summary>A list of the held-out corpus (README.md beside it): what a clerk would read from it.</summary>
public sealed record CorpusList(string Title, int Year, string Region, string ContentHeading, IReadOnlyList<CorpusCategory> Categories)
{
    public static readonly string[] Names = ["list-1", "list-2", "list-3", "list-4", "list-5"];

    public string Name { get; init; } = "";

    public IEnumerable<CorpusProject> Projects => Categories.SelectMany(c => c.Projects);

    public static CorpusList Load(string name)
    {
        var path = Path.Combine(Infrastructure.Repository.Root, "tests", "Minsheng.Tests", "Corpus", name + ".json");
        var list = JsonSerializer.Deserialize<CorpusList>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return list with { Name = name };
    }

    public string[] Header => ["序号", "类别", "项目名称", ContentHeading, "牵头单位", "配合单位", "完成时限"];

    /// <summary>The table's rows below the header; a category named on its first row only, as merged cells read.</summary>
    public IEnumerable<string[]> Rows()
    {
        var number = 0;
        foreach (var category in Categories)
        {
            for (var p = 0; p < category.Projects.Count; p++)
            {
                var project = category.Projects[p];
                yield return [$"{++number}", p == 0 ? category.Name : "", project.Name, project.Content, project.Lead, project.Others, project.Deadline];
            }
        }
    }

    /// <summary>The list as a government document numbers it: 一、 category, (一) project, labelled fields.</summary>
    public IEnumerable<string> NumberedLines()
    {
        yield return Title;
        var number = 0;
        for (var c = 0; c < Categories.Count; c++)
        {
            yield return $"{Minsheng.Imports.TableList.ChineseNumeral(c + 1)}、{Categories[c].Name}";
            foreach (var project in Categories[c].Projects)
            {
                yield return $"（{Minsheng.Imports.TableList.ChineseNumeral(++number)}）{project.Name}";
                if (project.Content.Length > 0) yield return $"项目内容：{project.Content}";
                yield return $"牵头单位：{project.Lead}";
                if (project.Others.Length > 0) yield return $"配合单位：{project.Others}";
                yield return $"完成时限：{project.Deadline}";
            }
        }
    }
}
