using Minsheng.Engine.Imports.Targets;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Imports;

/// <summary>What an import knows beyond the text: the year and region when the title does not say.</summary>
public sealed record ListImportOptions(int? Year = null, string? Region = null);

/// <summary>A plan read from a published list, with what the office should check before saving it.</summary>
public sealed record ImportedList(Plan Plan, IReadOnlyList<ImportedProject> Projects, IReadOnlyList<ListWarning> Warnings);

/// <summary>A project as found in the text: its normalised content and the targets found in it, with their spans, and its sites.</summary>
public sealed record ImportedProject(string Code, int Line, string Content, IReadOnlyList<ExtractedTarget> Targets, IReadOnlyList<ImportedSite> Sites);

/// <summary>A place where a project is carried out (点位), as a list gives it.</summary>
public sealed record ImportedSite(string Name, string? District, string? Address, decimal Latitude, decimal Longitude);

/// <summary>What a list's reader may have to say, named so that the pages and the command line word it in their users' language.</summary>
public enum ListProblem { Empty, NoNumberedProjects, NoYear, NoRegion, SubItemWithoutProject, NoTarget, NoLeadUnit, SiteWithoutCoordinates }

/// <summary>Something to check, at a line of the normalised text (1-based): what, the names it is about, and in English.</summary>
public sealed record ListWarning(int Line, ListProblem Problem, IReadOnlyList<string> Values, string Message);

/// <summary>The text is not a list that can be read: nothing is imported.</summary>
public sealed class ListImportException(ListProblem problem, string message) : Exception(message)
{
    public ListProblem Problem { get; } = problem;
}
