using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Minsheng.Imports;

/// <summary>
/// The text of a list published as a web page (saved as .html, or its source pasted into a text file): the
/// article's body, not the site's menus, read by AngleSharp. The body is the block holding the most text once
/// navigation, headers, footers and scripts are set aside; its paragraphs become lines and its tables are read
/// as list tables.
/// </summary>
internal static class WebPageList
{
    private static readonly string[] NotArticle = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template"];
    private static readonly string[] Blocks = ["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "br", "tr", "td", "th", "blockquote", "pre"];

    public static bool LooksLikeHtml(string text)
    {
        var start = text.TrimStart()[..Math.Min(text.TrimStart().Length, 512)].ToLowerInvariant();
        return start.StartsWith("<!doctype html") || start.StartsWith("<html") || (start.StartsWith("<") && start.Contains("<body"));
    }

    public static string ReadText(string fileName, string html, TableReading reading)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', NotArticle)).ToList()) element.Remove();
        var body = document.Body ?? throw new ListFileException(ImportText.Get("ListFileNoBody", fileName));
        if (body.GetDescendants().Take(MaxNodes + 1).Count() > MaxNodes) throw new ListFileException(ImportText.Get("ListFilePageTooComplex", fileName, MaxNodes));
        var article = Article(body);
        var lines = new List<string>();
        // A page's title is often the list's own (2025年某市民生实事项目) and sits outside the article.
        if (document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } heading && !article.TextContent.Contains(heading)) lines.Add(heading);
        else if (document.Title?.Trim() is { Length: > 0 } title && !article.TextContent.Contains(title)) lines.Add(title);
        var problems = new List<string>();
        var tables = 0;
        Walk(article, 0, lines, rows =>
        {
            var number = ++tables;
            lines.Add(TableList.ToText(rows, index => ImportText.Get("ListTableRow", fileName, number, index + 1), problems, reading));
        });
        return problems.Count == 0 ? string.Join('\n', lines.Where(line => line.Length > 0)) : throw new ListFileException(problems);
    }

    /// <summary>A government page has a few thousand nodes; past this many it is built to exhaust the reader.</summary>
    private const int MaxNodes = 200_000;

    private static readonly HashSet<string> Candidates = ["article", "main", "section", "div", "td"];

    /// <summary>The element with the most text of its own paragraphs: deep enough to leave out the menus, wide enough to hold the whole list.</summary>
    private static IElement Article(IElement body)
    {
        // Every element's text and link text, counted once from the leaves up (not again for each ancestor).
        var sizes = new Dictionary<INode, (int Text, int Links)>();
        var stack = new Stack<(INode Node, bool ChildrenDone)>();
        stack.Push((body, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (!childrenDone)
            {
                stack.Push((node, true));
                foreach (var child in node.ChildNodes) stack.Push((child, false));
                continue;
            }
            var (text, links) = node is IText own ? (own.Data.Length, 0) : (0, 0);
            foreach (var child in node.ChildNodes)
            {
                var size = sizes[child];
                (text, links) = (text + size.Text, links + size.Links);
            }
            sizes[node] = node is IElement { LocalName: "a" } ? (text, text) : (text, links);
        }
        var best = body;
        var bestScore = 0;
        var whole = sizes[body].Text;
        foreach (var (node, (text, links)) in sizes)
        {
            if (node is not IElement candidate || !Candidates.Contains(candidate.LocalName)) continue;
            // Text that is mostly links is a menu; an element with more of the page's text is better.
            var score = text - 2 * links;
            if (score > bestScore && score > whole / 3) (best, bestScore) = (candidate, score);
        }
        return best;
    }

    // Past this depth a page is hostile, not a list: its text is taken whole instead of walked (no stack overflow).
    private const int MaxDepth = 64;

    private static void Walk(INode node, int depth, List<string> lines, Action<List<string[]>> table)
    {
        var line = new System.Text.StringBuilder();
        void Flush()
        {
            var text = Normalize(line.ToString());
            if (text.Length > 0) lines.Add(text);
            line.Clear();
        }
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    line.Append(text.Data);
                    break;
                case IElement { LocalName: "table" } element:
                    Flush();
                    table([.. element.QuerySelectorAll("tr").Where(row => row.Closest("table") == element)
                        .Select(row => row.Children.Where(cell => cell.LocalName is "td" or "th").SelectMany(Cells).ToArray())]);
                    break;
                case IElement element when Blocks.Contains(element.LocalName) && depth < MaxDepth:
                    Flush();
                    Walk(element, depth + 1, lines, table);
                    break;
                case IElement element:
                    line.Append(element.TextContent);
                    break;
            }
        }
        Flush();
    }

    // A cell merged across columns (colspan) keeps their places: its text in the first, the others empty, as Excel gives it.
    private static IEnumerable<string> Cells(IElement cell)
    {
        var text = Normalize(cell.TextContent);
        var span = int.TryParse(cell.GetAttribute("colspan"), out var n) ? Math.Clamp(n, 1, 64) : 1;
        return Enumerable.Repeat(text, 1).Concat(Enumerable.Repeat("", span - 1));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ').Trim();
}
