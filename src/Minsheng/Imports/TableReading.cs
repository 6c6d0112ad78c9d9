namespace Minsheng.Imports;

/// <summary>
/// What reading a list's tables tells the office, and what the office chose in return: a note for each column whose
/// heading names nothing the list is read for, those headings, and the meaning the office gave a heading (备注 → 项目内容)
/// when it had the file read again.
/// </summary>
public sealed class TableReading(IReadOnlyDictionary<string, string>? choices = null)
{
    /// <summary>The meanings the office may give a column; Ignore reads it for nothing and says no more of it.</summary>
    public static readonly string[] Choices = ["Ignore", "Content", "Name", "Category", "Lead", "Units", "Others", "Deadline", "Investment", "Districts"];

    public List<string> Notes { get; } = [];

    /// <summary>The headings of the columns not read, each once, in the order found.</summary>
    public List<string> Unplaced { get; } = [];

    /// <summary>The meaning the office chose for a heading; a choice that is none of <see cref="Choices"/> is no choice.</summary>
    public string? ChoiceFor(string heading) =>
        choices is not null && choices.TryGetValue(Key(heading), out var meaning) && Choices.Contains(meaning) ? meaning : null;

    public void Tell(string note, string heading)
    {
        Notes.Add(note);
        if (!Unplaced.Contains(Key(heading))) Unplaced.Add(Key(heading));
    }

    /// <summary>A heading as compared: without its spaces and line breaks (Word wraps 完成\n时限).</summary>
    public static string Key(string heading) => string.Concat(heading.Where(c => !char.IsWhiteSpace(c)));
}
