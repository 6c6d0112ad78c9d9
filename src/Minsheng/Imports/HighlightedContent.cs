using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace Minsheng.Imports;

/// <summary>A piece of a project's content: plain text, or the words a target was read from (Indicator is its 1-based row).</summary>
public sealed record ContentPiece(string Text, int? Indicator, bool Dropped);

/// <summary>A project's content cut at the spans its targets were read from, for marking them in the preview.</summary>
public static class HighlightedContent
{
    public static IReadOnlyList<ContentPiece> Of(ProjectForm project)
    {
        var content = project.Content ?? "";
        var spans = project.Indicators
            .Select((row, i) => (Start: row.Start ?? -1, Length: row.Length ?? 0, Row: i + 1, row.Drop))
            .Where(s => s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= content.Length)
            .OrderBy(s => s.Start);
        var pieces = new List<ContentPiece>();
        var at = 0;
        foreach (var span in spans)
        {
            // Spans come back from the form: one that overlaps an earlier one is not marked twice.
            if (span.Start < at) continue;
            if (span.Start > at) pieces.Add(new ContentPiece(content[at..span.Start], null, false));
            pieces.Add(new ContentPiece(content.Substring(span.Start, span.Length), span.Row, span.Drop));
            at = span.Start + span.Length;
        }
        if (at < content.Length) pieces.Add(new ContentPiece(content[at..], null, false));
        return pieces;
    }

    /// <summary>The content as HTML with each target's words in a mark; built here because markup in a view would put spaces into Chinese text.</summary>
    public static IHtmlContent Html(ProjectForm project)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in Of(project))
        {
            if (piece.Indicator is not { } row)
            {
                html.Append(piece.Text);
                continue;
            }
            var number = row.ToString(CultureInfo.InvariantCulture);
            html.AppendHtml($"<mark data-indicator=\"{number}\"{(piece.Dropped ? " class=\"dropped\"" : "")}>");
            html.Append(piece.Text);
            html.AppendHtml($"<sup>{number}</sup></mark>");
        }
        return html;
    }
}
