using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>An office edits the documents' words as data: headings, the order of sections, the closing text.</summary>
public class Editing_the_template
{
    private static readonly Summary Summary = SampleProgrammes.LianyungangFirstHalf().At("2023-06-30");

    private static DocumentTemplate Edited(Func<string, string> edit) => DocumentTemplate.Read(edit(DocumentTemplate.Write(DocumentTemplate.Default)));

    [Fact]
    public void The_default_template_survives_writing_and_reading_back()
    {
        var again = DocumentTemplate.Read(DocumentTemplate.Write(DocumentTemplate.Default));

        Assert.Equal(DocumentTemplate.Write(DocumentTemplate.Default), DocumentTemplate.Write(again));
    }

    [Fact]
    public void Changed_headings_order_and_closing_text_change_the_bulletin()
    {
        var template = DocumentTemplate.Default with
        {
            Bulletin = DocumentTemplate.Default.Bulletin with
            {
                Title = "{region}民生实事{period}督查通报（{year}）",
                Sections =
                [
                    new SectionWords(SectionKind.Problems, "突出问题"),
                    new SectionWords(SectionKind.Overall, "总体进展"),
                    new SectionWords(SectionKind.Requirements, "下步要求"),
                ],
                Requirements = ["各单位要对照节点目标，确保年底前全面完成。"],
            },
        };

        var bulletin = BulletinBuilder.Build(SampleProgrammes.LianyungangFirstHalf(), Summary, new OfficeRecords([]), template);

        Assert.Equal("连云港市民生实事上半年督查通报（2023）", bulletin.Title);
        Assert.Equal(["一、突出问题", "二、总体进展", "三、下步要求"], bulletin.Sections.Select(s => s.Heading));
        Assert.Equal("各单位要对照节点目标，确保年底前全面完成。", bulletin.Sections[2].Paragraphs.Single().Text);
        Assert.DoesNotContain(bulletin.Sections, s => s.Paragraphs.Any(p => p.Lead == "（一）教育惠民方面。"));
    }

    [Fact]
    public void An_edited_JSON_file_changes_the_card_headings_and_the_table_columns()
    {
        var template = Edited(json => json.Replace("{count}个项目完成全年目标", "已完成全年目标项目{count}个").Replace("\"推进措施\"", "\"下步措施\""));

        var card = ReportCardBuilder.Build(SampleProgrammes.DalianThirdQuarter(), SampleProgrammes.DalianThirdQuarter().At("2021-09-30"), template);
        var bulletin = BulletinBuilder.Build(SampleProgrammes.LianyungangFirstHalf(), Summary, null, template);

        Assert.Equal("已完成全年目标项目2个", card.Groups[0].Heading);
        Assert.Equal("下步措施", bulletin.Attachment.Columns[^1]);
    }

    [Fact]
    public void A_template_with_a_missing_field_or_an_unknown_section_is_refused_with_its_path()
    {
        var missing = Assert.Throws<InvalidTemplateException>(() => Edited(json => json.Replace("\"title\": \"{plan}{period}进展情况督查通报\",", "")));
        var unknown = Assert.Throws<InvalidTemplateException>(() => Edited(json => json.Replace("\"kind\": \"overall\"", "\"kind\": \"summary\"")));

        Assert.Contains("title", missing.Message);
        Assert.Contains("$.bulletin.sections[0].kind", unknown.Message);
    }
}
