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

/// <summary>Something to check, at a line of the normalised text (1-based).</summary>
public sealed record ListWarning(int Line, string Message);

/// <summary>The text is not a list that can be read: nothing is imported.</summary>
public sealed class ListImportException(string message) : Exception(message);
