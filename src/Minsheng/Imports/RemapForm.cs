namespace Minsheng.Imports;

/// <summary>A heading of a column the first reading did not place, and the meaning the office gives it (<see cref="TableReading.Choices"/>).</summary>
public sealed class ColumnChoice
{
    public string? Heading { get; set; }
    public string? Meaning { get; set; }
}

/// <summary>
/// What the preview needs to ask the office what each unplaced column means and read the file again: the file itself
/// travels in the page when it is small enough for a form field (as the plan does between preview and save, nothing is
/// kept on the server), else the office chooses it again.
/// </summary>
public sealed record RemapForm(string FileName, string? Content, string? Year, string? Region, IReadOnlyList<ColumnChoice> Columns)
{
    /// <summary>Files up to this size travel in the page; base64 keeps them under the form's 4 MB field limit.</summary>
    public const int MaxInlineBytes = 2 * 1024 * 1024;

    public const int MaxInlineChars = (MaxInlineBytes + 2) / 3 * 4;

    public const int MaxChoices = 64;

    /// <summary>The form for the columns still unplaced, the office's earlier answers kept beside them so that a next reading keeps them too.</summary>
    public static RemapForm Of(string fileName, byte[] content, string? year, string? region, IReadOnlyList<string> headings, IReadOnlyDictionary<string, string>? chosen) =>
        new(fileName, content.Length <= MaxInlineBytes ? Convert.ToBase64String(content) : null, year, region,
            [.. headings.Union(chosen?.Keys ?? []).Take(MaxChoices).Select(heading => new ColumnChoice { Heading = heading, Meaning = chosen?.GetValueOrDefault(heading) ?? "Ignore" })]);
}
