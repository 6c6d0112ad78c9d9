using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Tests;

/// <summary>The 督查通报 of 连云港's first half of 2023, built from the sample's published figures.</summary>
public class Writing_the_Lianyungang_bulletin
{
    private static readonly Summary Summary = SampleProgrammes.LianyungangFirstHalf().At("2023-06-30");

    private static Bulletin Write(IReadOnlyList<OpenProblem>? problems = null, DocumentTemplate? template = null) =>
        BulletinBuilder.Build(SampleProgrammes.LianyungangFirstHalf(), Summary, new OfficeRecords(problems), template);

    private static string Text(Bulletin bulletin) =>
        string.Join("\n", bulletin.Sections.SelectMany(s => s.Paragraphs.Select(p => p.Lead + p.Text).Prepend(s.Heading ?? "")));

    [Fact]
    public void Title_and_number_name_the_plan_and_the_half_year()
    {
        var bulletin = Write();

        Assert.Equal("2023年连云港市民生实事项目上半年进展情况督查通报", bulletin.Title);
        // The sample holds three months of figures up to June: this is the third bulletin of the year.
        Assert.Equal("连云港市督通〔2023〕3号", bulletin.Number);
        Assert.Contains("现将截至2023年6月底有关情况通报如下", bulletin.Preface);
    }

    [Fact]
    public void The_red_header_names_the_office_and_the_signature_and_date_close_the_bulletin()
    {
        var bulletin = BulletinBuilder.Build(SampleProgrammes.LianyungangFirstHalf(), Summary, new OfficeRecords([], IssuedOn: new DateOnly(2023, 7, 5)));

        Assert.Equal("连云港市人民政府督查室文件", bulletin.Mark);
        Assert.Equal("连云港市人民政府督查室", bulletin.Signature);
        Assert.Equal("2023年7月5日", bulletin.Date);
    }

    [Fact]
    public void The_number_follows_the_offices_format_with_the_bulletins_place_in_the_year()
    {
        var plan = SampleProgrammes.LianyungangFirstHalf();
        var months = plan.IndicatorReports.Select(r => r.Period).Concat(plan.ProjectReports.Select(r => r.Period)).Where(p => p.Month <= 6).Distinct().Count();
        var words = DocumentTemplate.Default.Bulletin;
        var template = DocumentTemplate.Default with
        {
            Bulletin = words with { Number = "连督通〔{year}〕{sequence}号", Header = new HeaderWords("连云港市人民政府督查室", "连云港市人民政府督查室", DateStyle.Chinese, FirstSequence: 10) },
        };

        var bulletin = BulletinBuilder.Build(plan, Summary, new OfficeRecords([], IssuedOn: new DateOnly(2023, 7, 15)), template);

        Assert.Equal($"连督通〔2023〕{9 + months}号", bulletin.Number);
        Assert.Equal("连云港市人民政府督查室", bulletin.Mark);
        Assert.Equal("二〇二三年七月十五日", bulletin.Date);
    }

    [Fact]
    public void Without_a_publication_day_the_bulletin_is_dated_its_as_of_day()
    {
        Assert.Equal("2023年6月30日", Write().Date);
    }

    [Fact]
    public void Overall_paragraph_counts_projects_and_sub_items_and_states_investment_against_plan_and_elapsed()
    {
        var overall = Write().Sections[0].Paragraphs.Single().Text;
        var investment = Summary.Overall.Investment;

        Assert.StartsWith("50件民生实事细分为160个子项", overall);
        Assert.Contains($"年度总投资{ChineseFigures.Money(investment.Planned)}。上半年完成投资{ChineseFigures.Money(investment.Completed)}，为年度计划的{ChineseFigures.Percent(investment.Rate)}，{ChineseFigures.VsElapsed(investment.VsElapsed!.Value)}", overall);
        Assert.Contains("50件民生实事项目中48件推进达序时要求，占比96.0%", overall);
        Assert.Contains("从10个领域看，8个领域按序时推进；宜居环境、生态治理2个领域中，市住建局牵头的城镇棚户区改造、市生态环境局牵头的完善地下水污染防治分区监管体系2个项目进展未达预期", overall);
    }

    [Fact]
    public void Each_domain_has_its_paragraph_with_its_investment_as_published()
    {
        var categories = Write().Sections[1];

        Assert.Null(categories.Heading);
        Assert.Equal(10, categories.Paragraphs.Count);
        Assert.Equal("（一）教育惠民方面。", categories.Paragraphs[0].Lead);
        Assert.StartsWith("涉及6件实事11个子项，均按序时推进，完成投资21.4亿元，为年度计划的43.0%。", categories.Paragraphs[0].Text);
        Assert.StartsWith("涉及5件实事22个子项，1件未达序时，完成投资13.3亿元，为年度计划的41.4%。", categories.Paragraphs[4].Text);
        Assert.Contains("一是完成年度目标。城市公园品质提升：建成口袋公园累计完成10个，为年度目标的100.0%", categories.Paragraphs[4].Text);
        Assert.Contains("存在问题：市住建局牵头的城镇棚户区改造未达序时：棚户区改造累计完成130套，6月份节点目标1085套，差44.0个百分点", categories.Paragraphs[4].Text);
        Assert.Contains("适龄妇女免费“两癌”检查累计完成12.5万人，超过6月份节点目标（10万人）", categories.Paragraphs[1].Text);
    }

    [Fact]
    public void Without_problems_from_the_source_the_bulletin_says_so_rather_than_claiming_there_are_none()
    {
        var problems = Write().Sections[2];

        Assert.Equal("二、存在问题", problems.Heading);
        Assert.Contains("计划文件不载存在问题", problems.Paragraphs.Single().Text);
        Assert.Contains("各项目未登记存在问题", Text(Write(problems: [])));
    }

    [Fact]
    public void Problems_are_grouped_by_type_in_the_templates_order_naming_their_projects_in_the_plans_order()
    {
        var bulletin = Write(problems:
        [
            new OpenProblem("05-01", ProblemKind.Funds, "征收资金未到位。", "争取专项债"),
            new OpenProblem("07-01", ProblemKind.Planning, "项目踏勘选址耗时长"),
            new OpenProblem("01-02", ProblemKind.Funds, "资金未到位"),
        ]);
        var problems = bulletin.Sections[2].Paragraphs;

        Assert.Equal(["一是工作计划性不强。", "二是资金到位不及时。"], problems.Select(p => p.Lead));
        Assert.Equal("涉及1个项目。完善地下水污染防治分区监管体系（市生态环境局牵头）：项目踏勘选址耗时长。", problems[0].Text);
        Assert.Equal("涉及2个项目。教育惠民项目2（教育惠民牵头单位牵头）：资金未到位；城镇棚户区改造（市住建局牵头）：征收资金未到位。", problems[1].Text);
    }

    [Fact]
    public void The_attached_table_lists_every_indicator_behind_its_node_with_its_figures_and_problems()
    {
        var table = Write(problems: [new OpenProblem("05-01", ProblemKind.Funds, "征收资金未到位", "争取专项债")]).Attachment;

        Assert.Equal("推进未达序时民生实事项目及存在问题汇总表", table.Title);
        var behind = Summary.Projects.SelectMany(p => p.Indicators).Where(i => i.Status == Status.Behind).ToList();
        Assert.Equal(behind.Select(i => i.Code), table.Rows.Select(r => r.Figures.Code));
        Assert.Equal(["1", "城镇棚户区改造", "市住建局", "棚户区改造", "2170套", "1085套", "130套", "44.0个百分点", "征收资金未到位", "争取专项债"], table.Rows[0].Cells);
        // A node of 200.5 wells is written as the 201 that meet it (docs/rules.md, "Figures as they are written").
        Assert.Equal(["2", "完善地下水污染防治分区监管体系", "市生态环境局", "新建地下水监测井", "401个", "201个", "120个", "20.1个百分点", "", ""], table.Rows[1].Cells);
    }

    [Fact]
    public void The_supervision_section_names_the_open_escalations_by_level_highest_first_and_this_months_changes()
    {
        var june = new Model.Period(2023, 6);
        var supervised = new List<SupervisedProject>
        {
            new("05-01", 1, new Model.Period(2023, 6), june, Open: true),
            new("06-02", 3, new Model.Period(2023, 2), new Model.Period(2023, 4), Open: true),
            new("01-01", 2, new Model.Period(2023, 3), june, Open: true),
            new("02-01", 1, new Model.Period(2023, 3), new Model.Period(2023, 3), Open: false),
        };

        var section = BulletinBuilder.Build(SampleProgrammes.LianyungangFirstHalf(), Summary, new OfficeRecords([], supervised)).Sections[3];
        var text = section.Paragraphs.Single().Text;

        Assert.Equal("三、督办情况", section.Heading);
        Assert.StartsWith("截至2023年6月底，共有3个项目列入督办。其中三级督办（分管副市长）1个：", text);
        Assert.True(text.IndexOf("二级督办（秘书长）1个", StringComparison.Ordinal) < text.IndexOf("一级督办（督查室）1个", StringComparison.Ordinal), text);
        Assert.Contains("本月新列入1个、升级1个，累计销号1个。", text);
        Assert.Contains("无列入督办的项目", Text(BulletinBuilder.Build(SampleProgrammes.LianyungangFirstHalf(), Summary, new OfficeRecords([], []))));
        Assert.Contains("计划文件不载督办记录", Text(Write()));
    }

    [Fact]
    public void The_reporting_section_names_the_late_and_missing_units_and_the_table_marks_their_carried_forward_figures()
    {
        var plan = SampleProgrammes.LianyungangFirstHalf();
        var behind = Summary.Projects.First(p => p.Status == Status.Behind);
        var reporting = new MonthReporting(10, [behind.Lead!, "市体育局"], ["市水利局"]);

        var bulletin = BulletinBuilder.Build(plan, Summary, new OfficeRecords([], [], reporting));
        var section = bulletin.Sections[4];

        Assert.Equal("四、报送情况", section.Heading);
        Assert.Equal($"6月份应报送牵头单位10个，按时报送7个。逾期报送1个：市水利局。未报送2个：{behind.Lead}、市体育局，其牵头项目未报送，沿用上月数据。", section.Paragraphs.Single().Text);
        Assert.All(bulletin.Attachment.Rows.Where(r => r.Lead == behind.Lead), r => Assert.EndsWith("（未报送，沿用上月数据）", r.Actual));
        Assert.Contains(bulletin.Attachment.Rows, r => r.Lead != behind.Lead && !r.Actual.Contains("沿用", StringComparison.Ordinal));
        Assert.Contains("各单位均按时报送", Text(BulletinBuilder.Build(plan, Summary, new OfficeRecords([], [], new MonthReporting(10, [], [])))));
        Assert.Contains("计划文件不载报送记录", Text(Write()));
    }

    [Fact]
    public void The_closing_requirements_come_from_the_template()
    {
        var requirements = Write().Sections[5];

        Assert.Equal("五、工作要求", requirements.Heading);
        Assert.Equal(DocumentTemplate.Default.Bulletin.Requirements, requirements.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_date_before_the_first_month_ends_has_no_bulletin()
    {
        var plan = SampleProgrammes.LianyungangFirstHalf();

        Assert.Throws<NoMonthEndedException>(() => BulletinBuilder.Build(plan, plan.At("2023-01-15")));
    }
}
