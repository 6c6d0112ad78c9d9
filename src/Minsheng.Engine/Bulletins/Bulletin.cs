using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// 督查通报: what the writers lay out, in order, with every figure already worded. Mark is the issuing
/// office's 发文机关标志 printed in red over the number (发文字号); Signature and Date are the 落款.
/// </summary>
public sealed record Bulletin(
    string Title,
    string Number,
    string Preface,
    IReadOnlyList<BulletinSection> Sections,
    string AttachmentNote,
    AttachmentTable Attachment,
    string Mark = "",
    string Signature = "",
    string Date = "");

/// <summary>A numbered section (一、总体情况), or a continuation of the one before it when Heading is null.</summary>
public sealed record BulletinSection(string? Heading, IReadOnlyList<BulletinParagraph> Paragraphs);

/// <summary>A paragraph, with an optional lead-in set in bold (（一）教育惠民方面。).</summary>
public sealed record BulletinParagraph(string? Lead, string Text);

/// <summary>推进未达序时民生实事项目及存在问题汇总表: one row per indicator behind its node.</summary>
public sealed record AttachmentTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<AttachmentRow> Rows, string None);

/// <summary>A lagging indicator with its figures worded (target, node, actual, shortfall) and its project's problems; Figures and the Planned indicator for a table of numbers.</summary>
public sealed record AttachmentRow(
    int Number,
    string Project,
    string? Lead,
    string Indicator,
    string Target,
    string Node,
    string Actual,
    string Shortfall,
    string Problems,
    string Measures,
    IndicatorSummary Figures,
    Model.Indicator Planned)
{
    public IReadOnlyList<string> Cells =>
        [Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Project, Lead ?? "", Indicator, Target, Node, Actual, Shortfall, Problems, Measures];
}
