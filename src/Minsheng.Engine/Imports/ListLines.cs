using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports;

/// <summary>How a list numbers a line, from the outermost style a list usually uses to the innermost.</summary>
internal enum NumberStyle { ChineseComma, ChineseParenthesis, ArabicDot, ArabicParenthesis, Circled }

internal enum BodyKind { Content, LeadUnits, Units, OtherUnits, Deadline, Investment, Districts, Site, Plain }

internal sealed record BodyLine(int Line, BodyKind Kind, string Text);

/// <summary>A numbered line ("(三)启动城中村改造项目") and the lines under it up to the next numbered one.</summary>
internal sealed record NumberedEntry(int Line, NumberStyle Style, string Title)
{
    public List<BodyLine> Body { get; } = [];
}

/// <summary>Classifies the lines of a normalised list: numbered titles, labelled fields and plain paragraphs.</summary>
internal static partial class ListLines
{
    /// <summary>The field labels of a published list.</summary>
    public const string Labels = "项目内容|建设内容|主要内容|实施内容|工作内容|建设规模|牵头单位|牵头部门|配合单位|协办单位|责任单位|责任部门|实施单位|完成时限|完成时间|时间节点|总投资|计划投资|投资金额|实施区域|所在区县";

    public static List<NumberedEntry> Read(IEnumerable<SourceLine> lines)
    {
        var entries = new List<NumberedEntry>();
        foreach (var line in lines)
        {
            if (Numbered(line) is { } entry)
            {
                entries.Add(entry);
                continue;
            }
            // Lines before the first numbered one are the title and preamble.
            if (entries.Count == 0) continue;
            entries[^1].Body.Add(Body(line));
        }
        return entries;
    }

    private static NumberedEntry? Numbered(SourceLine line)
    {
        foreach (var (pattern, style) in Patterns)
        {
            var match = pattern.Match(line.Text);
            if (match.Success && match.Groups["title"].Value.Trim() is { Length: > 0 } title) return new NumberedEntry(line.Number, style, title);
        }
        return null;
    }

    private static BodyLine Body(SourceLine line)
    {
        if (ListSites.Pattern().Match(line.Text) is { Success: true } site) return new BodyLine(line.Number, BodyKind.Site, site.Groups["fields"].Value);
        var match = Label().Match(line.Text);
        if (!match.Success) return new BodyLine(line.Number, BodyKind.Plain, line.Text);
        var kind = match.Groups["label"].Value switch
        {
            "牵头单位" or "牵头部门" => BodyKind.LeadUnits,
            "配合单位" or "协办单位" => BodyKind.OtherUnits,
            "责任单位" or "责任部门" or "实施单位" => BodyKind.Units,
            "完成时限" or "完成时间" or "时间节点" => BodyKind.Deadline,
            "总投资" or "计划投资" or "投资金额" => BodyKind.Investment,
            "实施区域" or "所在区县" => BodyKind.Districts,
            _ => BodyKind.Content,
        };
        return new BodyLine(line.Number, kind, match.Groups["text"].Value.Trim());
    }

    private static readonly (Regex Pattern, NumberStyle Style)[] Patterns =
    [
        (ChineseComma(), NumberStyle.ChineseComma),
        (ChineseParenthesis(), NumberStyle.ChineseParenthesis),
        (ArabicDot(), NumberStyle.ArabicDot),
        (ArabicParenthesis(), NumberStyle.ArabicParenthesis),
        (Circled(), NumberStyle.Circled),
    ];

    [GeneratedRegex(@"^[一二三四五六七八九十百]+\s*[、.]\s*(?<title>.+)$")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^\(\s*[一二三四五六七八九十百]+\s*\)\s*[、.]?\s*(?<title>.+)$")]
    private static partial Regex ChineseParenthesis();

    // "1." or "1、" but not "1.5万" (a number opening a sentence).
    [GeneratedRegex(@"^\d{1,3}\s*(?:[、]|\.(?!\d))\s*(?<title>.+)$")]
    private static partial Regex ArabicDot();

    [GeneratedRegex(@"^\(\s*\d{1,3}\s*\)\s*[、.]?\s*(?<title>.+)$")]
    private static partial Regex ArabicParenthesis();

    [GeneratedRegex(@"^[①-⑳]\s*(?<title>.+)$")]
    private static partial Regex Circled();

    [GeneratedRegex(@"^(?<label>" + Labels + @")\s*[:：]\s*(?<text>.*)$")]
    private static partial Regex Label();
}
