using Minsheng.Engine.Imports;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests.Imports.Lists;

public class Reading_sites_of_a_list
{
    private static ImportedList Parse(params string[] siteLines) => PublishedListParser.Parse(string.Join('\n',
    [
        "2025年某市民生实事项目",
        "(1)新建公办幼儿园",
        "项目内容:新建公办幼儿园5所。",
        "责任单位:市教育局",
        .. siteLines,
        "(2)改造农村公路",
        "项目内容:改造农村公路50公里。",
        "责任单位:市交通局",
    ]));

    [Fact]
    public void Site_lines_under_a_project_are_its_sites_in_order_and_the_first_is_its_location()
    {
        var imported = Parse(
            ListSites.Line("东区实验幼儿园", "东区", "东区人民路1号", 34.6m, 119.2m),
            ListSites.Line("西区幼儿园", null, null, 34.55m, 119.15m));

        var sites = imported.Projects[0].Sites;
        Assert.Equal(
            [new ImportedSite("东区实验幼儿园", "东区", "东区人民路1号", 34.6m, 119.2m), new ImportedSite("西区幼儿园", null, null, 34.55m, 119.15m)],
            sites);
        Assert.Equal(new Location(34.6m, 119.2m, "东区人民路1号"), imported.Plan.Projects.First().Location);
        Assert.Empty(imported.Projects[1].Sites);
        Assert.Null(imported.Plan.Projects.Last().Location);
    }

    [Fact]
    public void Site_lines_are_neither_content_nor_units()
    {
        var project = Parse(ListSites.Line("东区实验幼儿园", "东区", "人民路1号", 34.6m, 119.2m)).Plan.Projects.First();

        Assert.Equal("新建公办幼儿园5所。", project.Content);
        Assert.Equal(("市教育局", 0), (project.Lead, project.Units.Count));
    }

    [Fact]
    public void A_site_without_a_name_is_named_after_its_project()
    {
        var site = Assert.Single(Parse(ListSites.Line("", "东区", null, 34.6m, 119.2m)).Projects[0].Sites);

        Assert.Equal("新建公办幼儿园", site.Name);
    }

    [Theory]
    [InlineData("点位:东区幼儿园|东区||北纬34|119.2")]
    [InlineData("点位:东区幼儿园|东区||134.6|119.2")]
    [InlineData("点位:东区幼儿园|东区||34.6|")]
    public void A_site_line_off_the_map_is_left_out_with_a_warning_at_its_line(string line)
    {
        var imported = Parse(line);

        Assert.Empty(imported.Projects[0].Sites);
        Assert.Null(imported.Plan.Projects.First().Location);
        Assert.Contains(imported.Warnings, w => w.Line == 5 && w.Message.Contains("东区幼儿园", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_about_sites_in_a_list_is_content_not_a_site()
    {
        var imported = Parse("点位:全市新增便民服务点位20个。");

        Assert.Empty(imported.Projects[0].Sites);
        Assert.Contains("点位:全市新增便民服务点位20个。", imported.Plan.Projects.First().Content);
    }

    [Fact]
    public void A_separator_or_line_break_inside_a_field_does_not_break_the_line()
    {
        var site = Assert.Single(Parse(ListSites.Line("东区|幼儿园", "东区", "人民路\n1号", 34.6m, 119.2m)).Projects[0].Sites);

        Assert.Equal(("东区/幼儿园", "人民路 1号"), (site.Name, site.Address));
    }
}
