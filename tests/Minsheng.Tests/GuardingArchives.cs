using System.Diagnostics;
using System.Net;
using System.Text;
using Minsheng.Data;
using Minsheng.Imports;
using Minsheng.Sites;
using Minsheng.Spreadsheets;
using Minsheng.Tests.Infrastructure;
using Minsheng.Uploads;

namespace Minsheng.Tests;

/// <summary>Every uploaded .xlsx and .docx passes one guard before a document library opens it; what it refuses is said in Chinese, naming the file.</summary>
public class GuardingArchives
{
    public static TheoryData<string, byte[], OfficeFormat, string> BadArchives => new()
    {
        { "bomb.xlsx", UploadBombs.XlsxInflatingTo(300), OfficeFormat.Workbook, "bomb.xlsx：解压后超过 24 MB，内容过多或为 zip 炸弹，已拒绝" },
        { "bomb.docx", UploadBombs.DocxInflatingTo(300), OfficeFormat.WordDocument, "bomb.docx：解压后超过 24 MB" },
        { "lying.xlsx", UploadBombs.XlsxLyingAboutItsSize(), OfficeFormat.Workbook, "lying.xlsx：" },
        { "dtd.docx", UploadBombs.DocxWithDtd(), OfficeFormat.WordDocument, "dtd.docx：其中的 word/document.xml 含有 DTD 声明，出于安全原因不予读取" },
        { "broken.xlsx", UploadBombs.CorruptZip(), OfficeFormat.Workbook, "broken.xlsx：已损坏，无法作为 .xlsx 文件打开" },
        { "text.xlsx", Encoding.UTF8.GetBytes("项目编号,点位名称"), OfficeFormat.Workbook, "text.xlsx：不是 .xlsx 文件" },
        { "letter.xlsx", UploadBombs.DocxInflatingTo(1), OfficeFormat.Workbook, "letter.xlsx：不是 .xlsx 文件（文档类型为 application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml）" },
    };

    [Theory]
    [MemberData(nameof(BadArchives), DisableDiscoveryEnumeration = true)]
    public void A_bad_archive_is_refused_quickly_with_a_message_naming_the_file(string fileName, byte[] archive, OfficeFormat format, string message)
    {
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<ArchiveRefusedException>(() => OfficeArchive.Check(fileName, archive, format));

        Assert.StartsWith(message, refused.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{fileName} took {clock.Elapsed}");
    }

    [Fact]
    public void A_size_lying_entry_is_caught_while_inflating_not_trusted_from_its_header()
    {
        var refused = Assert.Throws<ArchiveRefusedException>(() => OfficeArchive.Check("lying.xlsx", UploadBombs.XlsxLyingAboutItsSize(), OfficeFormat.Workbook));

        Assert.True(refused.Message.Contains("实际大小与声明不符") || refused.Message.Contains("已损坏"), refused.Message);
    }

    [Fact]
    public void A_workbook_of_real_size_passes_the_guard()
    {
        var sheet = UploadBombs.Workbook(stream => stream.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目编号</t></is></c></row>"u8));

        OfficeArchive.Check("点位.xlsx", sheet, OfficeFormat.Workbook);
    }

    [Fact]
    public void The_report_sheet_reader_and_the_site_sheet_refuse_a_bomb_through_the_guard()
    {
        var bomb = UploadBombs.XlsxInflatingTo(300);

        var report = Assert.Throws<ReportSheetException>(() => ReportSheetReader.Read("住建局.xlsx", bomb));
        var (sites, siteErrors) = SiteSheet.Read("点位.xlsx", bomb, new HashSet<string>());
        var list = Assert.Throws<ListFileException>(() => ListFiles.ReadText("清单.docx", UploadBombs.DocxWithDtd()));

        Assert.StartsWith("住建局.xlsx：解压后超过", Assert.Single(report.Errors));
        Assert.Empty(sites);
        Assert.StartsWith("点位.xlsx：解压后超过", Assert.Single(siteErrors));
        Assert.StartsWith("清单.docx：其中的 word/document.xml 含有 DTD 声明", Assert.Single(list.Problems));
    }

    [Fact]
    public void A_site_sheet_of_more_rows_than_the_limit_is_refused_naming_the_limit()
    {
        var rows = new StringBuilder("<row r=\"1\">" + string.Concat(SiteSheet.Columns.Select((c, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>");
        for (var r = 2; r <= OfficeArchive.MaxRows + 5; r++) rows.Append($"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t>01-01</t></is></c></row>");
        var sheet = UploadBombs.Workbook(stream => stream.Write(Encoding.UTF8.GetBytes(rows.ToString())));

        var (sites, errors) = SiteSheet.Read("点位.xlsx", sheet, new HashSet<string> { "01-01" });

        Assert.Empty(sites);
        Assert.Equal([$"点位.xlsx：超过 {OfficeArchive.MaxRows} 行，超出上限，请拆分后再上传"], errors);
    }

    [Fact]
    public async Task A_list_of_a_million_lines_is_refused_on_the_page_in_moments_and_the_page_stays_small()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var client = await app.AdminAsync();
        var list = new StringBuilder("2024年大连市民生实事项目\n");
        for (var i = 0; i < 1_000_000; i++) list.Append("项目").Append(i).Append('\n');
        var content = Encoding.UTF8.GetBytes(list.ToString());
        var clock = Stopwatch.StartNew();

        var response = await ListUploadPage.PreviewAsync(client, "百万行.txt", content);
        var page = await response.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.InRange(content.Length, 12_000_000, 16_000_000);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains($"百万行.txt：超过 {OfficeArchive.MaxRows} 行，超出上限，请拆分后再上传", page);
        Assert.InRange(page.Length, 1, 200_000);
        Assert.Equal(0, app.WithDb(db => db.Plans.Count()));
    }

    [Theory, BothProviders]
    public async Task A_workbook_bomb_on_the_sites_page_is_refused_with_the_pages_message_and_no_site_is_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var sitesBefore = app.WithDb(db => db.Sites.Count());
        var token = PageForm.Token(await office.GetStringAsync($"/sites?plan={planId}"));

        var response = await office.PostAsync($"/sites?plan={planId}&handler=Sheet", new MultipartFormDataContent
        {
            { new ByteArrayContent(UploadBombs.XlsxInflatingTo(300)), "sheet", "点位炸弹.xlsx" },
            { new StringContent(token), "__RequestVerificationToken" },
        });
        var page = await response.Content.ReadAsStringAsync();

        await Expect.Status(HttpStatusCode.OK, response);
        Assert.Contains("点位炸弹.xlsx：解压后超过 24 MB，内容过多或为 zip 炸弹，已拒绝", page);
        Assert.Equal(sitesBefore, app.WithDb(db => db.Sites.Count()));
    }

    [Theory, BothProviders]
    public async Task A_corrupt_or_wrong_type_workbook_on_the_report_page_is_refused_naming_the_file_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var reportsBefore = app.WithDb(db => db.IndicatorReports.Count());

        async Task<string> Upload(string fileName, byte[] workbook)
        {
            var token = PageForm.Token(await office.GetStringAsync($"/report?plan={planId}&month={YearOf(app, planId)}-10"));
            var response = await office.PostAsync($"/report?plan={planId}&handler=Upload&month={YearOf(app, planId)}-10", new MultipartFormDataContent
            {
                { new ByteArrayContent(workbook), "sheet", fileName },
                { new StringContent(token), "__RequestVerificationToken" },
            });
            await Expect.Status(HttpStatusCode.OK, response);
            return await response.Content.ReadAsStringAsync();
        }

        var corrupt = await Upload("坏表.xlsx", UploadBombs.CorruptZip());
        var letter = await Upload("公函.xlsx", UploadBombs.DocxInflatingTo(1));
        var dtd = await Upload("实体.xlsx", UploadBombs.DocxWithDtd());

        Assert.Contains("坏表.xlsx：已损坏，无法作为 .xlsx 文件打开", corrupt);
        Assert.Contains("公函.xlsx：不是 .xlsx 文件", letter);
        Assert.Contains("实体.xlsx：", dtd);
        Assert.DoesNotContain("坏表.xlsx: 坏表.xlsx", corrupt);
        Assert.Equal(reportsBefore, app.WithDb(db => db.IndicatorReports.Count()));
    }

    private static int YearOf(MinshengApp app, int planId) => app.WithDb(db => db.Plans.Where(p => p.Id == planId).Select(p => p.Year).Single());
}
