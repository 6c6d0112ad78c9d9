using Minsheng.Imports;

namespace Minsheng.Tests;

public class MarkingTargetsInAPreview
{
    private static ProjectForm Project(string content, params (int? Start, int? Length, bool Drop)[] spans) => new()
    {
        Content = content,
        Indicators = spans.Select(s => new IndicatorForm { Start = s.Start, Length = s.Length, Drop = s.Drop }).ToList(),
    };

    [Fact]
    public void Each_target_is_cut_out_of_the_content_with_its_row_number()
    {
        var pieces = HighlightedContent.Of(Project("新建学校8所,新增学位9600个。", (4, 2, false), (11, 5, true)));

        Assert.Equal(
            [("新建学校", null, false), ("8所", 1, false), (",新增学位", null, false), ("9600个", 2, true), ("。", null, false)],
            pieces.Select(p => (p.Text, p.Indicator, p.Dropped)));
    }

    [Fact]
    public void A_span_outside_the_content_overlapping_another_or_missing_is_not_marked()
    {
        var pieces = HighlightedContent.Of(Project("改造公路50公里", (4, 4, false), (5, 2, false), (7, 10, false), (null, null, false)));

        Assert.Equal([("改造公路", (int?)null), ("50公里", 1)], pieces.Select(p => (p.Text, p.Indicator)));
    }

    [Fact]
    public void The_marked_html_encodes_the_text()
    {
        using var writer = new StringWriter();
        HighlightedContent.Html(Project("<b>3所</b>", (3, 2, false))).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Contains("<mark data-indicator=\"1\">3&#x6240;<sup>1</sup></mark>", writer.ToString());
        Assert.StartsWith("&lt;b&gt;", writer.ToString());
    }
}
