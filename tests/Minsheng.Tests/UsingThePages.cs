using System.Net;
using System.Text.RegularExpressions;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Engine.Progress;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

public partial class UsingThePages
{
    private static async Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password)
    {
        var form = await client.GetStringAsync("/login");
        var token = PageForm.Token(form);
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    [Fact]
    public async Task Signing_in_on_the_form_opens_the_dashboard_with_the_engines_figures()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();

        var response = await SignIn(client, "leader", AccountSeeding.DemoPassword);
        var page = await response.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.OK, response);
        var expected = ProgressEngine.Summarize(Demo.DemoData.Plan(), new DateOnly(2024, 9, 30)).Overall;
        Assert.Contains("2024年大连市重点民生实事项目", page);
        Assert.Contains($"data-figure=\"behind\">{expected.Status.Behind}<", page);
        Assert.Contains($"data-figure=\"ahead\">{expected.Status.Ahead}<", page);
        Assert.Contains($"data-figure=\"progress\">{expected.Progress * 100:0.0}%<", page);
        Assert.Contains("红黄灯项目", page);
    }

    [Fact]
    public async Task A_wrong_password_on_the_form_says_so_in_Chinese()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();

        var page = await (await SignIn(client, "leader", "wrong password")).Content.ReadAsStringAsync();

        Assert.Contains("用户名或密码错误", page);
    }

    [Fact]
    public async Task The_sign_in_form_refuses_a_post_without_its_antiforgery_token()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();

        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "leader", ["Password"] = AccountSeeding.DemoPassword }));

        await Expect.Status(HttpStatusCode.BadRequest, response);
    }

    [Fact]
    public async Task A_project_page_shows_its_indicators_curve_and_report_history()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();
        await SignIn(client, "office", AccountSeeding.DemoPassword);

        var page = await client.GetStringAsync("/plans/1/projects/01-01");

        Assert.Contains("启动首批配售型保障性住房建设", page);
        Assert.Contains("规划配售型保障性住房", page);
        Assert.Contains("节点与序时", page);
        Assert.Contains("class=\"superseded\"", page);
    }

    [Fact]
    public async Task The_rankings_page_ranks_lead_units_by_progress_as_the_engine_ranks_them()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();
        await SignIn(client, "deputy", AccountSeeding.DemoPassword);

        var page = await client.GetStringAsync("/rankings");

        var units = ProgressEngine.Summarize(Demo.DemoData.Plan(), new DateOnly(2024, 9, 30)).Units;
        var expected = Ranking.Rank(units, u => u.Progress is { } p ? Math.Round(p, 4) : null);
        Assert.Equal(expected.Select(u => u.Rank?.ToString() ?? ""), RankCell().Matches(page).Take(expected.Count).Select(m => m.Groups[1].Value));
        Assert.Contains("牵头单位排名", page);
    }

    [Fact]
    public async Task Each_district_on_the_rankings_page_lists_its_projects_with_their_status()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();
        await SignIn(client, "leader", AccountSeeding.DemoPassword);
        var plan = Demo.DemoData.Plan();
        var district = plan.Projects.SelectMany(p => p.Districts).First();
        var inDistrict = plan.Projects.Where(p => p.Districts.Contains(district)).Select(p => p.Name).ToList();

        var page = await client.GetStringAsync("/rankings");

        var section = page[page.IndexOf($"<summary>{district}</summary>", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</details>", StringComparison.Ordinal)];
        Assert.All(inDistrict, name => Assert.Contains(name, section));
    }

    [Fact]
    public async Task The_form_takes_each_projects_money_problems_next_steps_and_public_text_with_the_checks_of_the_api()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();
        await SignIn(client, "reporter", AccountSeeding.DemoPassword);
        var form = await client.GetStringAsync("/report?month=2024-10");
        var project = Demo.DemoData.Plan().Projects.First(p => p.Lead == Demo.DemoChain.WalkingUnit && p.Investment is not null);
        Assert.Contains($"<fieldset class=\"project-month\" data-project=\"{project.Code}\">", form);
        Assert.Contains("内部，不公开", form);
        Assert.Contains("公开：经督查室核实后", form);
        var index = Regex.Matches(form, "name=\"ProjectInputs\\[(\\d+)\\]\\.Code\" value=\"([^\"]+)\"").Single(m => m.Groups[2].Value == project.Code).Groups[1].Value;
        Dictionary<string, string> Fields(string investment) => new()
        {
            [$"ProjectInputs[{index}].Code"] = project.Code, [$"ProjectInputs[{index}].Investment"] = investment, [$"ProjectInputs[{index}].City"] = "1200000",
            [$"ProjectInputs[{index}].Problems"] = "征收进度滞后", [$"ProjectInputs[{index}].NextSteps"] = "加快征收清表", [$"ProjectInputs[{index}].PublicProgress"] = "主体结构施工中",
            ["__RequestVerificationToken"] = PageForm.Token(form),
        };

        var negative = await (await client.PostAsync("/report?month=2024-10", new FormUrlEncodedContent(Fields("-5")))).Content.ReadAsStringAsync();
        var notANumber = await (await client.PostAsync("/report?month=2024-10", new FormUrlEncodedContent(Fields("三百万")))).Content.ReadAsStringAsync();
        IQueryable<StoredProjectReport> October(MinshengDb db) =>
            db.ProjectReports.Where(r => r.Year == 2024 && r.Month == 10 && db.Projects.Any(p => p.Id == r.ProjectId && p.Code == project.Code));
        var octoberRows = app.WithDb(db => October(db).Count());
        var saved = await (await client.PostAsync("/report?month=2024-10", new FormUrlEncodedContent(Fields("3,000,000")))).Content.ReadAsStringAsync();

        Assert.Contains("不能为负数", negative);
        Assert.Contains("“三百万”不是数字", notANumber);
        Assert.Equal(0, octoberRows);
        Assert.Contains("data-state=\"Submitted\"", saved);
        var row = app.WithDb(db => October(db).OrderBy(r => r.Id).ToList().Single());
        Assert.Equal((3_000_000m, 1_200_000m, "征收进度滞后", "加快征收清表", "主体结构施工中"), (row.Investment!.Value, row.FundsCity!.Value, row.Problems!, row.NextSteps!, row.PublicProgress!));
        Assert.Null(row.ApprovedPublicProgress);
        Assert.NotNull(row.SubmissionId);
        // The saved month comes back on the form; its problem is followed as an open problem, as from the sheet.
        Assert.Contains("加快征收清表", saved);
        var problem = app.WithDb(db => db.Problems.Single(p => p.Description == "征收进度滞后"));
        Assert.Equal(("加快征收清表", ProblemStatus.Open, Demo.DemoChain.WalkingUnit), (problem.Measures, problem.Status, problem.Owner));
    }

    [Fact]
    public async Task A_reporter_fills_in_its_month_on_one_form_and_a_falling_figure_needs_a_reason()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient();
        await SignIn(client, "reporter", AccountSeeding.DemoPassword);

        var form = await client.GetStringAsync("/report?month=2024-10");
        var token = PageForm.Token(form);
        Assert.Contains("data-indicator=\"01-01-1\"", form);
        Assert.DoesNotContain("data-indicator=\"02-01-1\"", form);

        async Task<string> Post(string actual, string note) => await (await client.PostAsync("/report?month=2024-10", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Figures[0].Code"] = "01-01-1", ["Figures[0].Actual"] = actual, ["Figures[0].Note"] = note, ["__RequestVerificationToken"] = token,
        }))).Content.ReadAsStringAsync();

        var falling = await Post("1", "");
        var saved = await Post("2000", "10月新开工");

        Assert.Contains("低于 2024年9月 的累计数", falling);
        Assert.Contains("已保存 1 个指标", saved);
        Assert.Contains("data-state=\"Submitted\"", saved);
        // Submitted is not published: the figures everyone sees stay September's until the chain is walked.
        var summary = await app.GetJsonAsync("/api/plans/1/summary?asOf=2024-10-31");
        Assert.NotEqual(2000, summary.GetProperty("projects")[0].GetProperty("indicators")[0].GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task The_lead_unit_raises_a_problem_on_its_project_page_and_another_unit_may_not()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var reporter = app.CreateClient(MinshengApp.NoRedirects);
        await SignIn(reporter, "reporter", AccountSeeding.DemoPassword);
        var before = app.WithDb(db => db.Problems.Count());

        async Task<HttpResponseMessage> Raise(string project, string description) =>
            await reporter.PostAsync($"/plans/1/projects/{project}?handler=Raise", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Raise.Type"] = "LandAndApprovals", ["Raise.Description"] = description, ["Raise.Owner"] = "市自然资源局", ["Raise.Deadline"] = "2024-12-31",
                ["__RequestVerificationToken"] = PageForm.Token(await reporter.GetStringAsync($"/plans/1/projects/{project}")),
            }));

        var missing = await Raise("01-01", "");
        var raised = await Raise("01-01", "两处地块规划调整未批复");
        var notTheirs = await Raise("02-01", "不是本单位牵头");

        Assert.Contains("问题描述：必须填写", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        await Expect.Status(HttpStatusCode.Forbidden, notTheirs);
        var stored = app.WithDb(db => db.Problems.OrderBy(p => p.Id).Last());
        Assert.Equal((ProblemType.LandAndApprovals, "两处地块规划调整未批复", "市自然资源局", new DateOnly(2024, 12, 31)), (stored.Type, stored.Description, stored.Owner, stored.Deadline!.Value));
        Assert.Equal(before + 1, app.WithDb(db => db.Problems.Count()));
        Assert.Contains("两处地块规划调整未批复", await reporter.GetStringAsync("/plans/1/projects/01-01"));
    }

    [Fact]
    public async Task A_unit_downloads_its_sheet_fills_it_in_excel_and_uploads_it_in_one_step_or_sees_every_bad_cell()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var reporter = app.CreateClient();
        await SignIn(reporter, "reporter", AccountSeeding.DemoPassword);
        var template = await reporter.GetByteArrayAsync("/report?handler=Template&month=2024-10");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(template), isEditable: false);
        var cells = Spreadsheets.Xlsx.ReadCells(document.WorkbookPart!, Spreadsheets.ReportSheet.IndicatorSheet);
        var actual = Spreadsheets.Xlsx.ColumnName(Spreadsheets.ReportSheet.Indicator.Actual);
        var lastMonth = Spreadsheets.Xlsx.ColumnName(Spreadsheets.ReportSheet.Indicator.LastMonth);
        var rows = Enumerable.Range(Spreadsheets.ReportSheet.FirstDataRow, 100).TakeWhile(r => cells.ContainsKey($"D{r}") && cells[$"D{r}"] != "").ToList();

        async Task<string> Upload(byte[] workbook)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(PageForm.Token(await reporter.GetStringAsync("/report?month=2024-10"))), "__RequestVerificationToken" },
                { new ByteArrayContent(workbook), "sheet", "住建局10月.xlsx" },
            };
            return await (await reporter.PostAsync("/report?handler=Upload&month=2024-10", form)).Content.ReadAsStringAsync();
        }

        var rowsBefore = app.WithDb(db => db.IndicatorReports.Count());
        var bad = await Upload(ExchangingExcelReports.Filled(template, Spreadsheets.ReportSheet.IndicatorSheet, ($"{actual}{rows[0]}", "很多"), ($"{actual}{rows[1]}", -1)));
        var rowsAfterBad = app.WithDb(db => db.IndicatorReports.Count());
        // Last month's figure typed back as it reads: a number, or a milestone's stage by name.
        object Typed(string text) => Spreadsheets.Xlsx.TryNumber(text, out var number) ? number : text;
        var filled = ExchangingExcelReports.Filled(template, Spreadsheets.ReportSheet.IndicatorSheet,
            rows.Select(r => ($"{actual}{r}", Typed(cells.GetValueOrDefault($"{lastMonth}{r}") ?? "0"))).ToArray());
        var good = await Upload(filled);

        Assert.Contains($"{actual}{rows[0]}", bad);
        Assert.Contains($"{actual}{rows[1]}", bad);
        Assert.Equal(rowsBefore, rowsAfterBad);
        Assert.Contains($"已导入 住建局10月.xlsx：新增 {rows.Count} 个指标数字", good);
        Assert.Contains("data-state=\"Submitted\"", good);
    }

    [Fact]
    public async Task The_office_updates_a_problems_measures_owner_and_deadline_on_the_problems_page()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var office = app.CreateClient(MinshengApp.NoRedirects);
        await SignIn(office, "office", AccountSeeding.DemoPassword);
        var problemId = app.WithDb(db => db.Problems.OrderBy(p => p.Id).First().Id);

        var response = await office.PostAsync("/problems?handler=Update&plan=1", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["problemId"] = problemId.ToString(), ["measures"] = "市财政局11月底前拨付", ["owner"] = "市财政局", ["deadline"] = "2024-11-30",
            ["__RequestVerificationToken"] = PageForm.Token(await office.GetStringAsync("/problems")),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var problem = app.WithDb(db => db.Problems.Single(p => p.Id == problemId));
        Assert.Equal(("市财政局11月底前拨付", "市财政局", new DateOnly(2024, 11, 30)), (problem.Measures, problem.Owner, problem.Deadline!.Value));
        Assert.Equal(ProblemStatus.Open, problem.Status);
    }

    [Fact]
    public async Task The_office_closes_a_problem_and_a_leader_may_not()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var office = app.CreateClient();
        using var leader = app.CreateClient(MinshengApp.NoRedirects);
        await SignIn(office, "office", AccountSeeding.DemoPassword);
        await SignIn(leader, "leader", AccountSeeding.DemoPassword);
        var problemId = app.WithDb(db => db.Problems.OrderBy(p => p.Id).First().Id);

        async Task<HttpResponseMessage> Close(HttpClient client) => await client.PostAsync("/problems?handler=Resolve&plan=1", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["problemId"] = problemId.ToString(), ["__RequestVerificationToken"] = PageForm.Token(await client.GetStringAsync("/problems")),
        }));

        await Expect.Status(HttpStatusCode.Forbidden, await Close(leader));
        Assert.Equal(ProblemStatus.Open, app.WithDb(db => db.Problems.Single(p => p.Id == problemId).Status));
        var page = await (await Close(office)).Content.ReadAsStringAsync();
        Assert.Equal(ProblemStatus.Resolved, app.WithDb(db => db.Problems.Single(p => p.Id == problemId).Status));
        Assert.Contains("已销号", page);
    }

    [Fact]
    public async Task A_reviewer_may_not_open_the_reporting_form()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var client = app.CreateClient(MinshengApp.NoRedirects);
        await SignIn(client, "reviewer", AccountSeeding.DemoPassword);

        await Expect.Status(HttpStatusCode.Forbidden, await client.GetAsync("/report"));
    }

    [GeneratedRegex("data-rank=\"(\\d*)\"")]
    private static partial Regex RankCell();
}
