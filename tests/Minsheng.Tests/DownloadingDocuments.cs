using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Minsheng.Data;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Tests;
using Minsheng.Problems;
using Minsheng.Reporting;
using Minsheng.Spreadsheets;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The office downloads a stored plan's documents for a month: published figures, stored open problems.</summary>
public class DownloadingDocuments
{
    private static async Task<(MinshengApp App, int PlanId, HttpClient Client)> StartWithProblemAsync(DatabaseProvider provider)
    {
        var app = await MinshengApp.StartAsync(provider);
        var id = await app.ImportAsync(SampleProgrammes.LianyungangFirstHalf());
        var client = await app.AdminAsync();
        await Expect.Status(HttpStatusCode.Created, await client.PostAsJsonAsync($"/api/plans/{id}/problems?project=05-01",
            new RaiseProblemRequest(ProblemType.Funds, "部分县区征收资金未到位", "争取专项债资金"), MinshengApp.Json));
        return (app, id, client);
    }

    [Theory, BothProviders]
    public async Task The_bulletin_of_a_stored_plan_has_the_dashboards_figures_and_its_open_problems(DatabaseProvider provider)
    {
        var (app, id, client) = await StartWithProblemAsync(provider);
        await using var _ = app;

        var response = await client.GetAsync($"/api/plans/{id}/documents/bulletin.docx?month=2023-06");

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Equal(OfficeDocument.DocxType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("-2023-06-督查通报.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var docx = OpenXmlText.Read(await response.Content.ReadAsByteArrayAsync());
        var dashboard = await app.GetJsonAsync($"/api/plans/{id}/summary?asOf=2023-06-30");
        var investment = dashboard.GetProperty("overall").GetProperty("investment");
        Assert.Contains(docx.Paragraphs, p => p.Contains($"年度总投资{ChineseFigures.Money(investment.GetProperty("planned").GetDecimal())}。上半年完成投资{ChineseFigures.Money(investment.GetProperty("completed").GetDecimal())}，为年度计划的{ChineseFigures.Percent(investment.GetProperty("rate").GetDecimal())}"));
        Assert.Contains(docx.Paragraphs, p => p.Contains("资金到位不及时。涉及1个项目。城镇棚户区改造（市住建局牵头）：部分县区征收资金未到位。"));
        Assert.Equal(["部分县区征收资金未到位", "争取专项债资金"], docx.Tables.Single()[1].Skip(8));
    }

    [Theory, BothProviders]
    public async Task A_past_months_bulletin_names_the_problems_open_when_it_stood_not_todays(DatabaseProvider provider)
    {
        var (app, id, client) = await StartWithProblemAsync(provider);
        await using var _ = app;
        var reports = SampleProgrammes.LianyungangFirstHalf().IndicatorReports.Where(r => r.District is null).ToList();
        var june = reports.Where(r => r.Indicator == reports[0].Indicator).MaxBy(r => r.Period)!;
        await app.SubmitAndPublishAsync(id, new SubmitMonthRequest("2023-07", Indicators: [new IndicatorFigure(june.Indicator, june.Actual + 1)]));
        // After July is published: June's problem is solved and a new one is raised.
        var junesProblem = app.WithDb(db => db.Problems.Single().Id);
        await Expect.Status(HttpStatusCode.OK, await client.PatchAsJsonAsync($"/api/plans/{id}/problems/{junesProblem}", new UpdateProblemRequest(Status: ProblemStatus.Resolved), MinshengApp.Json));
        await Expect.Status(HttpStatusCode.Created, await client.PostAsJsonAsync($"/api/plans/{id}/problems?project=05-01",
            new RaiseProblemRequest(ProblemType.LandAndApprovals, "安置房用地手续待批"), MinshengApp.Json));

        var juneBulletin = OpenXmlText.Read(await client.GetByteArrayAsync($"/api/plans/{id}/documents/bulletin.docx?month=2023-06"));
        var julyBulletin = OpenXmlText.Read(await client.GetByteArrayAsync($"/api/plans/{id}/documents/bulletin.docx?month=2023-07"));
        var junePage = await client.GetStringAsync($"/documents/bulletin?plan={id}&month=2023-06");

        Assert.Contains(juneBulletin.Paragraphs, p => p.Contains("部分县区征收资金未到位"));
        Assert.DoesNotContain(juneBulletin.Paragraphs, p => p.Contains("安置房用地手续待批"));
        Assert.Contains("部分县区征收资金未到位", junePage);
        Assert.DoesNotContain("安置房用地手续待批", junePage);
        Assert.Contains(julyBulletin.Paragraphs, p => p.Contains("安置房用地手续待批"));
        Assert.DoesNotContain(julyBulletin.Paragraphs, p => p.Contains("部分县区征收资金未到位"));
    }

    [Theory, BothProviders]
    public async Task The_card_and_the_table_download_for_a_month(DatabaseProvider provider)
    {
        var (app, id, client) = await StartWithProblemAsync(provider);
        await using var _ = app;

        var card = await client.GetAsync($"/api/plans/{id}/documents/card.docx?month=2023-06");
        var table = await client.GetAsync($"/api/plans/{id}/documents/table.xlsx?month=2023-06");

        await Expect.Status(HttpStatusCode.OK, card);
        Assert.Contains(OpenXmlText.Read(await card.Content.ReadAsByteArrayAsync()).Paragraphs, p => p == "2个项目未达6月份节点目标");
        await Expect.Status(HttpStatusCode.OK, table);
        using var stream = new MemoryStream(await table.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = Xlsx.ReadCells(workbook.WorkbookPart!, AttachmentXlsx.SheetName);
        Assert.Equal("城镇棚户区改造", cells["B4"]);
        Assert.Equal("130", cells["G4"]);
        Assert.Equal("部分县区征收资金未到位", cells["I4"]);
    }

    [Fact]
    public async Task The_bulletin_downloads_as_a_PDF_and_the_page_offers_each_PDF()
    {
        var (app, id, client) = await StartWithProblemAsync(DatabaseProvider.Sqlite);
        await using var _ = app;

        var pdf = await client.GetAsync($"/api/plans/{id}/documents/bulletin.pdf?month=2023-06");
        var page = await client.GetStringAsync($"/documents/bulletin?plan={id}&month=2023-06");

        await Expect.Status(HttpStatusCode.OK, pdf);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("-2023-06-督查通报.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar);
        using var read = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("部分县区征收资金未到位", string.Concat(read.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)));
        foreach (var file in new[] { "bulletin.pdf", "card.pdf", "table.pdf" }) Assert.Contains($"/api/plans/{id}/documents/{file}?month=2023-06", page);
        Assert.Contains("连云港市人民政府督查室文件", page);
    }

    [Fact]
    public async Task Without_LibreOffice_a_PDF_is_a_503_saying_what_is_missing_and_the_Word_file_still_downloads()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { [LibreOffice.ProgramSetting] = "/nonexistent/soffice" });
        var id = await app.ImportAsync(SampleProgrammes.LianyungangFirstHalf());
        var client = await app.AdminAsync();

        var pdf = await client.GetAsync($"/api/plans/{id}/documents/table.pdf?month=2023-06");
        var docx = await client.GetAsync($"/api/plans/{id}/documents/bulletin.docx?month=2023-06");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        var problem = await pdf.Content.ReadAsStringAsync();
        Assert.Contains("本机未安装 LibreOffice，无法生成 PDF", problem);
        Assert.Contains("无法生成 PDF", problem);
        await Expect.Status(HttpStatusCode.OK, docx);
    }

    [Fact]
    public async Task A_broken_template_file_holds_the_documents_back_with_a_503_naming_the_file_and_the_json_path()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"minsheng-template-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, """{ "attachment": { "columns": 5 } }""");
        var missing = broken + ".missing";
        try
        {
            foreach (var (file, expected) in new[] { (broken, "$.attachment.columns"), (missing, "找不到该文件") })
            {
                await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { [DocumentTemplates.Setting] = file });
                var id = await app.ImportAsync(SampleProgrammes.LianyungangFirstHalf());
                var client = await app.AdminAsync();

                var response = await client.GetAsync($"/api/plans/{id}/documents/bulletin.docx?month=2023-06");
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                var page = await client.GetStringAsync($"/documents/bulletin?plan={id}&month=2023-06");

                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("文书模板有误", problem.GetProperty("title").GetString());
                Assert.Contains(file, problem.GetProperty("detail").GetString());
                Assert.Contains(expected, problem.GetProperty("detail").GetString());
                Assert.Contains("文书模板有误", page);
            }
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public async Task An_unknown_plan_has_no_documents()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        await app.ImportAsync(SampleProgrammes.LianyungangFirstHalf());

        var response = await (await app.AdminAsync()).GetAsync("/api/plans/999/documents/bulletin.docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_bulletin_page_prints_the_bulletin_and_offers_the_downloads()
    {
        var (app, id, client) = await StartWithProblemAsync(DatabaseProvider.Sqlite);
        await using var _ = app;

        var page = await client.GetStringAsync($"/documents/bulletin?plan={id}&month=2023-06");

        Assert.Contains("2023年连云港市民生实事项目上半年进展情况督查通报", page);
        Assert.Contains("一、总体情况", page);
        Assert.Contains("部分县区征收资金未到位", page);
        Assert.Contains($"/api/plans/{id}/documents/bulletin.docx?month=2023-06", page);
        Assert.Contains($"/api/plans/{id}/documents/table.xlsx?month=2023-06", page);
        Assert.Contains("@media print", await client.GetStringAsync("/css/document.css"));
    }
}
