using System.Text.Json;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Imports;

namespace Minsheng.Engine.Tests.Imports.Lists;

public class Reading_a_published_list
{
    private static ImportedList Dalian(string? text = null) =>
        PublishedListParser.Parse(text ?? Samples.Read("dalian-2024-plan.txt"), new ListImportOptions(2024, "大连市"));

    [Fact]
    public void Dalian_2024_gives_15_categories_and_46_projects_as_structured_by_hand()
    {
        var plan = Dalian().Plan;
        var byHand = JsonDocument.Parse(File.ReadAllText(Samples.RepositoryFile("src/Minsheng/Demo/dalian-2024.plan.json"))).RootElement;
        var expectedCategories = byHand.GetProperty("categories").EnumerateArray().ToList();

        Assert.Equal(15, plan.Categories.Count);
        Assert.Equal(46, plan.Projects.Count());
        Assert.Equal(expectedCategories.Select(c => c.GetProperty("name").GetString()), plan.Categories.Select(c => c.Name));
        var expectedProjects = expectedCategories.SelectMany(c => c.GetProperty("projects").EnumerateArray()).ToList();
        Assert.Equal(expectedProjects.Select(p => p.GetProperty("code").GetString()), plan.Projects.Select(p => p.Code));
        Assert.Equal(expectedProjects.Select(p => p.GetProperty("name").GetString()), plan.Projects.Select(p => p.Name));
        Assert.Equal(expectedProjects.Select(p => p.GetProperty("lead").GetString()), plan.Projects.Select(p => p.Lead));
        Assert.Equal(expectedProjects.Select(p => p.GetProperty("content").GetString()), plan.Projects.Select(p => p.Content));
    }

    [Fact]
    public void Each_target_of_a_project_points_at_the_figure_in_its_content_for_a_preview_to_mark()
    {
        var imported = Dalian();
        var plan = imported.Plan.Projects.ToDictionary(p => p.Code);

        var fromContent = imported.Projects.Where(p => p.Targets.Count > 0).ToList();
        Assert.True(fromContent.Count >= 36, $"only {fromContent.Count} projects have targets in their content");
        foreach (var project in fromContent)
        {
            Assert.Equal(plan[project.Code].Content, project.Content);
            Assert.Equal(plan[project.Code].Indicators.Select(i => i.Name), project.Targets.Select(t => t.Name));
            foreach (var target in project.Targets)
            {
                var figure = project.Content.Substring(target.Start, target.Length);
                Assert.True(char.IsAsciiDigit(figure[0]) || "一二两三四五六七八九十百千万".Contains(figure[0]), $"{project.Code}: \"{figure}\" does not start with a number");
            }
        }
        Assert.Equal("2170套", Span(fromContent.Single(p => p.Code == "01-01"), 0));
    }

    private static string Span(ImportedProject project, int target) =>
        project.Content.Substring(project.Targets[target].Start, project.Targets[target].Length);

    [Fact]
    public void District_governments_and_zone_committees_among_the_units_are_districts_too()
    {
        var projects = Dalian().Plan.Projects.ToDictionary(p => p.Code);

        Assert.Equal(["甘井子区"], projects["01-01"].Districts);
        Assert.Equal(["普兰店区", "金普新区"], projects["04-01"].Districts);
        Assert.Contains("长兴岛经济区", projects["04-04"].Districts);
        Assert.Empty(projects["02-02"].Districts);
        Assert.Contains("各区市县政府", projects["02-02"].Units);
    }

    [Fact]
    public void A_Traditional_rendering_with_pinyin_noise_gives_the_same_plan_as_the_clean_text()
    {
        var clean = Samples.Read("dalian-2024-plan.txt");

        var dirty = Dalian(TraditionalRendering.Of(clean));

        Assert.Equal(PlanDocument.Write(Dalian(clean).Plan), PlanDocument.Write(dirty.Plan));
    }

    [Fact]
    public void Year_and_region_come_from_the_title()
    {
        var plan = PublishedListParser.Parse("宁波市2025年度市级民生实事项目\n一、就业\n1.稳就业\n项目内容:城镇新增就业12万人。\n责任单位:市人社局").Plan;

        Assert.Equal((2025, "宁波市"), (plan.Year, plan.Region));
        Assert.Equal("宁波市2025年度市级民生实事项目", plan.Title);
    }

    [Fact]
    public void Without_a_year_in_the_title_or_given_the_list_is_refused()
    {
        var error = Assert.Throws<ListImportException>(() => PublishedListParser.Parse("一、就业\n1.稳就业\n项目内容:城镇新增就业12万人。"));

        Assert.Contains("year", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("2025年某市民生实事\n今年我们将办好一批民生实事。")]
    public void Text_without_numbered_projects_is_refused(string text)
    {
        Assert.Throws<ListImportException>(() => PublishedListParser.Parse(text, new ListImportOptions(2025, "某市")));
    }

    [Fact]
    public void Categories_numbered_with_brackets_and_projects_with_digits_are_read()
    {
        const string text = """
            2025年某市民生实事项目
            (一)教育类
            1.新建幼儿园。新建公办幼儿园5所。
            牵头单位:市教育局 配合单位:市财政局、东区人民政府
            2.改造校舍
            建设内容:改造校舍10万平方米。
            责任单位:市教育局
            (二)卫生类
            3.建设社区卫生服务中心
            主要内容:新建社区卫生服务中心3个。
            责任单位:市卫健委、西区政府
            """;

        var plan = PublishedListParser.Parse(text).Plan;

        Assert.Equal(["教育类", "卫生类"], plan.Categories.Select(c => c.Name));
        var projects = plan.Projects.ToList();
        Assert.Equal(["01-01", "01-02", "02-01"], projects.Select(p => p.Code));
        Assert.Equal(("新建幼儿园", "新建公办幼儿园5所。"), (projects[0].Name, projects[0].Content));
        Assert.Equal("市教育局", projects[0].Lead);
        Assert.Equal(["市财政局", "东区人民政府"], projects[0].Units);
        Assert.Equal(["东区"], projects[0].Districts);
        Assert.Equal("改造校舍10万平方米。", projects[1].Content);
        Assert.Equal(["西区"], projects[2].Districts);
    }

    [Fact]
    public void A_list_of_projects_without_categories_goes_into_one_category()
    {
        var plan = PublishedListParser.Parse("2025年某县十件民生实事\n1、新建公厕20座。责任单位:县城管局\n2、改造农村公路50公里。责任单位:县交通局").Plan;

        var category = Assert.Single(plan.Categories);
        Assert.Equal(["新建公厕20座", "改造农村公路50公里"], category.Projects.Select(p => p.Name));
        Assert.Equal(["县城管局", "县交通局"], category.Projects.Select(p => p.Lead));
    }

    [Fact]
    public void Sub_items_numbered_deeper_than_projects_belong_to_the_project_content()
    {
        var plan = PublishedListParser.Parse("2025年某市民生实事\n一、住房\n(一)老旧小区改造\n1.改造老旧小区30个。\n2.加装电梯100部。\n责任单位:市住建局", new ListImportOptions()).Plan;

        var project = Assert.Single(plan.Projects);
        Assert.Equal("改造老旧小区30个。加装电梯100部。", project.Content);
        Assert.Equal("市住建局", project.Lead);
    }
}
