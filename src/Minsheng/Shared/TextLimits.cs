using Minsheng.Api;

namespace Minsheng.Shared;

/// <summary>
/// The longest texts a person types, the same whether they come from a page's form or the API, and never longer
/// than the columns that keep them (PostgreSQL refuses what SQLite would store).
/// </summary>
public static class TextLimits
{
    /// <summary>Notes, reasons, descriptions, measures.</summary>
    public const int Note = BodyShape.MaxText;

    /// <summary>A problem's owner (责任人), as its column holds.</summary>
    public const int Owner = 200;

    /// <summary>Why the text is refused ("最多200个字符，收到…"), or null when it fits.</summary>
    public static string? Refusal(string? text, int max) =>
        text is not null && text.Trim().Length > max ? ApiText.Get("TextTooLong", max, text.Trim().Length) : null;
}
