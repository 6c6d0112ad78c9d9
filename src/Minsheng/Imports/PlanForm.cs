using System.Globalization;
using Minsheng.Engine.Imports;
using Minsheng.Engine.Model;

namespace Minsheng.Imports;

/// <summary>
/// A plan read from a published list as the preview form holds it: every field the office may
/// correct, and the rest in hidden fields, so that the plan travels between preview and save in
/// the form itself. Figures stay text until the plan document reader judges them.
/// </summary>
public sealed class PlanForm
{
    public string? Region { get; set; }
    public string? Year { get; set; }
    public string? Title { get; set; }
    public List<CategoryForm> Categories { get; set; } = [];

    public IEnumerable<ProjectForm> Projects => Categories.SelectMany(c => c.Projects);

    /// <summary>Each project with its form field prefix (Form.Categories[0].Projects[1]).</summary>
    public IEnumerable<(ProjectForm Project, string Field)> ProjectFields() =>
        Categories.SelectMany((category, c) => category.Projects.Select((project, p) => (project, $"Form.Categories[{c}].Projects[{p}]")));

    public static PlanForm From(ImportedList imported)
    {
        var plan = imported.Plan;
        var found = imported.Projects.ToDictionary(p => p.Code, StringComparer.Ordinal);
        return new PlanForm
        {
            Region = plan.Region,
            Year = plan.Year.ToString(CultureInfo.InvariantCulture),
            Title = plan.Title,
            Categories = plan.Categories.Select(c => new CategoryForm
            {
                Code = c.Code,
                Name = c.Name,
                Projects = c.Projects.Select(p => ProjectForm.From(p, found.GetValueOrDefault(p.Code))).ToList(),
            }).ToList(),
        };
    }
}

public sealed class CategoryForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public List<ProjectForm> Projects { get; set; } = [];
}

public sealed class ProjectForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Content { get; set; }
    public string? Lead { get; set; }

    /// <summary>Names separated by 、 as lists write them.</summary>
    public string? Units { get; set; }

    public string? Districts { get; set; }
    public string? Investment { get; set; }
    public List<IndicatorForm> Indicators { get; set; } = [];

    /// <summary>Empty rows where the office adds the targets the extractor missed, several in one round.</summary>
    public List<IndicatorForm> Added { get; set; } = [.. Enumerable.Range(0, AddedRows).Select(_ => new IndicatorForm())];

    public const int AddedRows = 3;

    public List<ProjectSiteForm> Sites { get; set; } = [];

    /// <summary>An empty row where the office adds a site.</summary>
    public ProjectSiteForm AddedSite { get; set; } = new();

    public static ProjectForm From(Project project, ImportedProject? found)
    {
        // The spans point into the content only when the targets came from it, not from the title.
        var spans = found is not null && found.Content == project.Content && found.Targets.Count == project.Indicators.Count ? found.Targets : null;
        return new ProjectForm
        {
            Code = project.Code,
            Name = project.Name,
            Content = project.Content,
            Lead = project.Lead,
            Units = string.Join("、", project.Units),
            Districts = string.Join("、", project.Districts),
            Investment = project.Investment?.ToString(CultureInfo.InvariantCulture),
            Indicators = project.Indicators.Select((indicator, i) => new IndicatorForm
            {
                Name = indicator.Name,
                Target = indicator.Target.ToString(CultureInfo.InvariantCulture),
                Unit = indicator.Unit,
                Nodes = NodesText.Write(indicator.Nodes),
                Kind = indicator.Kind,
                Direction = indicator.Direction,
                Of = indicator.Of is { } whole ? (project.Indicators.ToList().FindIndex(w => w.Code == whole) + 1).ToString(CultureInfo.InvariantCulture) : null,
                Start = spans?[i].Start,
                Length = spans?[i].Length,
            }).ToList(),
            Sites = (found?.Sites ?? []).Select(site => new ProjectSiteForm
            {
                Name = site.Name,
                District = site.District,
                Address = site.Address,
                Latitude = site.Latitude.ToString(CultureInfo.InvariantCulture),
                Longitude = site.Longitude.ToString(CultureInfo.InvariantCulture),
            }).ToList(),
        };
    }

    /// <summary>The sites to store, in order: the rows not dropped and the added one, unless blank; each with its form field prefix and its number (0 for the added row).</summary>
    public IEnumerable<(ProjectSiteForm Site, string Field, int Number)> KeptSites(string prefix) =>
        Sites.Select((site, i) => (Site: site, Field: $"{prefix}.Sites[{i}]", Number: i + 1))
            .Where(s => !s.Site.Drop)
            .Append((Site: AddedSite, Field: $"{prefix}.AddedSite", Number: 0))
            .Where(s => !s.Site.IsBlank);

    public static IReadOnlyList<string> Names(string? joined) =>
        (joined ?? "").Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class IndicatorForm
{
    public string? Name { get; set; }
    public string? Target { get; set; }
    public string? Unit { get; set; }

    /// <summary>What is due before December, "6月:30；9月:60" (<see cref="NodesText"/>).</summary>
    public string? Nodes { get; set; }

    public IndicatorKind Kind { get; set; }
    public Direction Direction { get; set; }

    /// <summary>The number of the project's target this one is a part of (其中), or empty for a target of its own; text, so that a wrong one is told, not dropped.</summary>
    public string? Of { get; set; }

    /// <summary>Checked when the extractor took a number that is no target.</summary>
    public bool Drop { get; set; }

    /// <summary>Where in the project's content the target was read, for highlighting.</summary>
    public int? Start { get; set; }

    public int? Length { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Target) && string.IsNullOrWhiteSpace(Unit);
}

/// <summary>A site (点位) of a project as the preview shows it; the coordinates stay text until checked on save.</summary>
public sealed class ProjectSiteForm
{
    public string? Name { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }

    /// <summary>Checked when the site is not to be stored.</summary>
    public bool Drop { get; set; }

    public bool IsBlank =>
        new[] { Name, District, Address, Latitude, Longitude }.All(string.IsNullOrWhiteSpace);
}
