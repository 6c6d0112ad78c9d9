using System.Text.RegularExpressions;
using Minsheng.Engine.Imports.Targets;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Imports;

/// <summary>Collects categories and projects in the order of the list, and turns each project's text into its fields and indicators.</summary>
internal sealed partial class ListPlanBuilder(List<ListWarning> warnings, int year)
{
    private readonly List<(string Name, List<ProjectDraft> Projects)> _categories = [];

    public List<ImportedProject> Projects { get; } = [];

    public void StartCategory(string title, int line)
    {
        var name = CategorySuffix().Replace(title.TrimEnd('。', ':', ' '), "");
        _categories.Add((name.Length > 0 ? name : title, []));
    }

    public void AddProject(NumberedEntry entry, string defaultCategory)
    {
        if (_categories.Count == 0) _categories.Add((defaultCategory, []));
        _categories[^1].Projects.Add(new ProjectDraft(entry));
    }

    /// <summary>A line numbered deeper than projects (a sub-item) belongs to the content of the project above it.</summary>
    public void AppendToLastProject(NumberedEntry entry)
    {
        if (_categories.LastOrDefault().Projects is not { Count: > 0 } projects)
        {
            warnings.Add(new ListWarning(entry.Line, ListProblem.SubItemWithoutProject, [entry.Title], $"\"{entry.Title}\" is numbered like a sub-item but no project precedes it; it was left out."));
            return;
        }
        projects[^1].SubItems.Add(entry);
    }

    public IReadOnlyList<Category> Categories()
    {
        var categories = new List<Category>();
        for (var c = 0; c < _categories.Count; c++)
        {
            var categoryCode = $"{c + 1:D2}";
            var projects = _categories[c].Projects.Select((draft, p) => Build(draft, $"{categoryCode}-{p + 1:D2}")).ToList();
            categories.Add(new Category(categoryCode, _categories[c].Name, projects));
        }
        return categories;
    }

    private Project Build(ProjectDraft draft, string code)
    {
        var (name, content) = NameAndContent(draft);
        var body = draft.Entry.Body.Concat(draft.SubItems.SelectMany(s => s.Body)).ToList();
        var units = ListUnits.From(body);
        var extracted = TargetExtractor.Extract(content);
        // Some lists state the target only in the title ("新开调整3条公交线路").
        var fromTitle = extracted.Targets.Count == 0 ? TargetExtractor.Extract(name) : null;
        if (fromTitle is { Targets.Count: > 0 }) extracted = extracted with { Targets = fromTitle.Targets };
        var sites = ListSites.From(body, name, code, warnings);
        Projects.Add(new ImportedProject(code, draft.Entry.Line, content, fromTitle is { Targets.Count: > 0 } ? [] : extracted.Targets, sites));

        if (extracted.Targets.Count == 0) warnings.Add(new ListWarning(draft.Entry.Line, ListProblem.NoTarget, [code, name], $"{code} \"{name}\": no measurable target was found in its content."));
        if (units.Lead is null) warnings.Add(new ListWarning(draft.Entry.Line, ListProblem.NoLeadUnit, [code, name], $"{code} \"{name}\": no responsible unit was found."));

        // An investment or districts of their own (a table's columns) where the content and the units name none.
        var investment = extracted.Investment ?? draft.Entry.Body.Where(b => b.Kind == BodyKind.Investment)
            .Select(b => TargetExtractor.Extract("总投资" + b.Text).Investment).FirstOrDefault(i => i is not null);
        var districts = units.Districts.Concat(draft.Entry.Body.Where(b => b.Kind == BodyKind.Districts).SelectMany(b => DistrictNames().Split(b.Text)))
            .Select(d => d.Trim()).Where(d => d.Length > 0).Distinct().ToList();
        var deadline = draft.Entry.Body.Where(b => b.Kind == BodyKind.Deadline).Select(b => Deadlines.OfColumn(b.Text)).LastOrDefault(d => d is not null);
        var indicators = extracted.Targets.Select((target, i) => new Indicator(
            $"{code}-{i + 1}",
            target.Name,
            target.Kind,
            target.Value,
            target.Unit,
            target.Direction,
            [],
            Nodes(target, deadline),
            new Dictionary<string, decimal>()) { Of = target.PartOf is { } whole ? $"{code}-{whole + 1}" : null }).ToList();
        // A plan document holds one location a project: its first site.
        var location = sites.Count > 0 ? new Location(sites[0].Latitude, sites[0].Longitude, sites[0].Address) : null;
        return new Project(code, name, content.Length > 0 ? content : null, units.Lead, units.Others, districts, investment, null, location, indicators);
    }

    /// <summary>
    /// What is due before December, for a target that grows (a ceiling's deadline says nothing of its months): the
    /// content's own deadlines, else the project's 完成时限 as the whole target. A deadline of another year is no node of this plan.
    /// </summary>
    private Dictionary<int, decimal> Nodes(ExtractedTarget target, Deadline? projectDeadline)
    {
        var nodes = new Dictionary<int, decimal>();
        if (target.Direction != Direction.Up || target.Kind == IndicatorKind.Milestone) return nodes;
        var due = target.Due.Count > 0 ? target.Due : projectDeadline is { } d ? [new DueFigure(d, target.Value)] : [];
        foreach (var figure in due.Where(f => f.When.Month < 12 && (f.When.Year ?? year) == year)) nodes[figure.When.Month] = figure.Value;
        return nodes;
    }

    /// <summary>
    /// The title is the name; the content is the labelled content and plain paragraphs, with any
    /// sub-items. A title that runs on into a sentence ("新建学校。新建中小学校8所") is split.
    /// </summary>
    private static (string Name, string Content) NameAndContent(ProjectDraft draft)
    {
        var parts = draft.Entry.Body.Where(b => b.Kind is BodyKind.Content or BodyKind.Plain).Select(b => b.Text)
            .Concat(draft.SubItems.Select(s => s.Title))
            .Concat(draft.SubItems.SelectMany(s => s.Body.Where(b => b.Kind is BodyKind.Content or BodyKind.Plain).Select(b => b.Text)))
            .ToList();
        var title = draft.Entry.Title;
        var stop = title.IndexOfAny(['。', ':']);
        if (stop > 0 && stop < title.Length - 1)
        {
            parts.Insert(0, title[(stop + 1)..].Trim());
            title = title[..stop];
        }
        return (title.TrimEnd('。', ':', ' '), string.Concat(parts));
    }

    [GeneratedRegex(@"[、,，;；\s]+")]
    private static partial Regex DistrictNames();

    [GeneratedRegex(@"(?:类)?项目$")]
    private static partial Regex CategorySuffix();

    private sealed record ProjectDraft(NumberedEntry Entry)
    {
        public List<NumberedEntry> SubItems { get; } = [];
    }
}
