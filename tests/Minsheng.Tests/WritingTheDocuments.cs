using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;
using Minsheng.Engine.Tests;
using Minsheng.Spreadsheets;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// The .docx and .xlsx files opened again with the OpenXML SDK, every figure in them checked against
/// the engine's summary, on the programmes built from the samples' published figures.
/// </summary>
public class Writing_the_documents
{
    private static readonly Plan Lianyungang = SampleProgrammes.LianyungangFirstHalf();
    private static readonly Summary LianyungangJune = Lianyungang.At("2023-06-30");
    private static readonly Plan Dalian = SampleProgrammes.DalianThirdQuarter();
    private static readonly Summary DalianSeptember = Dalian.At("2021-09-30");

    private static readonly IReadOnlyList<OpenProblem> Problems =
    [
        new("05-01", ProblemKind.Funds, "部分县区征收资金未到位", "争取专项债资金"),
        new("07-01", ProblemKind.Planning, "项目踏勘选址耗时长"),
    ];

    private static OfficeDocument Write(DocumentKind kind, Plan plan, Summary summary, IReadOnlyList<OpenProblem>? problems = null) =>
        OfficeDocument.Write(kind, plan, summary, new OfficeRecords(problems), DocumentTemplate.Default);

    /// <summary>Every figure the engine gives for the plan at the month, worded as the documents word them, and the figures in the plan's names.</summary>
    private static HashSet<string> EngineFigures(Plan plan, Summary summary)
    {
        var texts = new List<string>
        {
            plan.Title, plan.Region, plan.Year.ToString(), summary.Period!.Value.Month.ToString(),
            summary.Overall.Projects.ToString(), summary.Overall.Indicators.ToString(), summary.Overall.Categories.ToString(),
            (summary.Overall.Projects - summary.Overall.Status.Behind).ToString(),
            ChineseFigures.Percent((decimal)(summary.Overall.Projects - summary.Overall.Status.Behind) / summary.Overall.Projects),
            (summary.Overall.Categories - summary.Categories.Count(c => c.Status.Behind > 0)).ToString(),
            summary.Categories.Count(c => c.Status.Behind > 0).ToString(), summary.Overall.Status.Behind.ToString(),
            // 100% is the cap of the averaging rule the overall paragraph states.
            "100%",
        };
        texts.AddRange(Money(summary.Overall.Investment));
        texts.Add(ChineseFigures.Percent(summary.Overall.Progress));
        foreach (var category in summary.Categories)
        {
            texts.AddRange([category.Name, category.Projects.ToString(), category.Indicators.ToString(), category.Status.Behind.ToString(), category.Status.Completed.ToString()]);
            texts.AddRange(Money(category.Investment));
        }
        var indicators = plan.Indicators.ToDictionary(i => i.Code);
        foreach (var project in summary.Projects)
        {
            texts.AddRange([project.Name, project.Code, project.Lead ?? "", project.Indicators.Count.ToString()]);
            if (project.CompletedIn is { } completed) texts.Add(completed.Month.ToString());
            foreach (var indicator in project.Indicators)
            {
                // Worded by the one rule: at the indicator's precision, the node to the side that meets it.
                var planned = indicators[indicator.Code];
                texts.AddRange([indicator.Name, WrittenFigures.Amount(planned, indicator.Target), WrittenFigures.NodeAmount(planned, indicator.Node), WrittenFigures.Amount(planned, indicator.Actual), ChineseFigures.Percent(indicator.Rate)]);
                if (indicator.Shortfall is { } s) texts.Add(ChineseFigures.PointsOf(s));
                if (indicator.CompletedIn is { } month) texts.Add(month.Month.ToString());
            }
        }
        return texts.SelectMany(OpenXmlText.Figures).ToHashSet();
    }

    private static IEnumerable<string> Money(MoneySummary money) => money.Planned == 0 ? [] :
        [ChineseFigures.Money(money.Planned), ChineseFigures.Money(money.Completed), ChineseFigures.Percent(money.Rate), ChineseFigures.VsElapsed(money.VsElapsed!.Value)];

    [Fact]
    public void The_bulletin_docx_is_valid_A4_with_a_Chinese_font_and_reads_the_engines_figures()
    {
        var docx = OpenXmlText.Read(Write(DocumentKind.Bulletin, Lianyungang, LianyungangJune, Problems).Content);
        var overall = LianyungangJune.Overall;

        Assert.True(docx.Errors.Count == 0, string.Join("\n", docx.Errors));
        Assert.All(docx.PageSizes, size => Assert.Equal((11906u, 16838u), size.Orient?.Value == DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Landscape ? (size.Height!.Value, size.Width!.Value) : (size.Width!.Value, size.Height!.Value)));
        Assert.Contains("仿宋", docx.EastAsiaFonts);
        Assert.Equal(["连云港市人民政府督查室文件", "连云港市督通〔2023〕3号", "2023年连云港市民生实事项目上半年进展情况督查通报"], docx.Paragraphs.Take(3));
        Assert.Contains(docx.Paragraphs, p => p.StartsWith($"{overall.Projects}件民生实事细分为{overall.Indicators}个子项，年度总投资{ChineseFigures.Money(overall.Investment.Planned)}。上半年完成投资{ChineseFigures.Money(overall.Investment.Completed)}，为年度计划的{ChineseFigures.Percent(overall.Investment.Rate)}，{ChineseFigures.VsElapsed(overall.Investment.VsElapsed!.Value)}。"));
        foreach (var category in LianyungangJune.Categories.Where(c => c.Investment.Planned > 0))
        {
            Assert.Contains(docx.Paragraphs, p => p.Contains($"{category.Name}方面。涉及{category.Projects}件实事{category.Indicators}个子项") && p.Contains($"完成投资{ChineseFigures.Money(category.Investment.Completed)}，为年度计划的{ChineseFigures.Percent(category.Investment.Rate)}"));
        }
        Assert.Contains(docx.Paragraphs, p => p == "一是资金到位不及时。涉及1个项目。城镇棚户区改造（市住建局牵头）：部分县区征收资金未到位。" || p == "二是资金到位不及时。涉及1个项目。城镇棚户区改造（市住建局牵头）：部分县区征收资金未到位。");
    }

    [Fact]
    public void Every_figure_in_the_bulletin_is_one_the_engine_computed()
    {
        var docx = OpenXmlText.Read(Write(DocumentKind.Bulletin, Lianyungang, LianyungangJune, Problems).Content);
        var allowed = EngineFigures(Lianyungang, LianyungangJune);
        // The document number's sequence (the third month with figures) and the date, June's as-of day.
        allowed.UnionWith(["3", "30"]);
        // Heading numbers of the attached table's rows.
        allowed.UnionWith(Enumerable.Range(1, LianyungangJune.Projects.Sum(p => p.Indicators.Count)).Select(n => n.ToString()));

        var stray = OpenXmlText.Figures(docx.AllText).Where(f => !allowed.Contains(f)).Distinct().ToList();

        Assert.True(stray.Count == 0, "Figures not from the engine: " + string.Join(", ", stray));
    }

    [Fact]
    public void The_attached_table_has_a_row_per_lagging_indicator_with_the_engines_target_node_actual_and_shortfall()
    {
        var table = OpenXmlText.Read(Write(DocumentKind.Bulletin, Lianyungang, LianyungangJune, Problems).Content).Tables.Single();
        var planned = Lianyungang.Indicators.ToDictionary(i => i.Code);
        var behind = LianyungangJune.Projects.SelectMany(p => p.Indicators.Where(i => i.Status == Status.Behind).Select(i => (p, i))).ToList();

        Assert.Equal(DocumentTemplate.Default.Attachment.Columns, table[0]);
        Assert.Equal(behind.Count, table.Count - 1);
        for (var r = 0; r < behind.Count; r++)
        {
            var (project, indicator) = behind[r];
            var written = planned[indicator.Code];
            Assert.Equal([(r + 1).ToString(), project.Name, project.Lead!, indicator.Name,
                WrittenFigures.Amount(written, indicator.Target), WrittenFigures.NodeAmount(written, indicator.Node), WrittenFigures.Amount(written, indicator.Actual),
                ChineseFigures.PointsOf(indicator.Shortfall!.Value)], table[r + 1].Take(8));
        }
        Assert.Equal(["部分县区征收资金未到位", "争取专项债资金"], table[1].Skip(8));
        Assert.Equal(["项目踏勘选址耗时长", ""], table[2].Skip(8));
    }

    [Fact]
    public void The_report_card_docx_gives_each_project_the_engines_figures_and_the_forecast()
    {
        var docx = OpenXmlText.Read(Write(DocumentKind.Card, Dalian, DalianSeptember).Content);
        var planned = Dalian.Indicators.ToDictionary(i => i.Code);

        Assert.Empty(docx.Errors);
        Assert.Equal("大连市2021年前三季度民生实事成绩单", docx.Paragraphs[0]);
        foreach (var project in DalianSeptember.Projects)
        {
            var line = Assert.Single(docx.Paragraphs, p => p.Contains($"“{project.Name}”项目。"));
            foreach (var indicator in project.Indicators)
            {
                var written = planned[indicator.Code];
                Assert.Contains(WrittenFigures.Amount(written, indicator.Actual), line);
                Assert.Contains(WrittenFigures.Amount(written, indicator.Target), line);
                if (indicator.Status is Status.Ahead or Status.OnSchedule) Assert.Contains($"9月份节点目标（{WrittenFigures.NodeAmount(written, indicator.Node)}）", line);
                if (indicator.Status != Status.Completed || indicator.Rate > 1) Assert.Contains(ChineseFigures.Percent(indicator.Rate), line);
            }
        }
        Assert.Contains(docx.Paragraphs, p => p.Contains("建设东北路（香炉礁车站）人行过街天桥") && p.EndsWith("预计11月底提前1个月完成全年目标。"));
        var stray = OpenXmlText.Figures(docx.AllText).Where(f => !EngineFigures(Dalian, DalianSeptember).Contains(f)).Distinct().ToList();
        Assert.True(stray.Count == 0, "Figures not from the engine: " + string.Join(", ", stray));
    }

    [Fact]
    public void The_table_xlsx_holds_the_engines_figures_as_numbers()
    {
        using var stream = new MemoryStream(Write(DocumentKind.Table, Lianyungang, LianyungangJune, Problems).Content);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var cells = Xlsx.ReadCells(workbook.WorkbookPart!, AttachmentXlsx.SheetName);
        var behind = LianyungangJune.Projects.SelectMany(p => p.Indicators.Where(i => i.Status == Status.Behind).Select(i => (p, i))).ToList();
        var planned = Lianyungang.Indicators.ToDictionary(i => i.Code);

        Assert.Equal("推进未达序时民生实事项目及存在问题汇总表", cells["A1"]);
        Assert.Equal("截至2023年6月底", cells["A2"]);
        Assert.Equal(2, behind.Count);
        for (var r = 0; r < behind.Count; r++)
        {
            var (project, indicator) = behind[r];
            var row = AttachmentXlsx.FirstRow + r;
            Assert.Equal(project.Name, cells[$"B{row}"]);
            var written = planned[indicator.Code];
            Assert.Equal(WrittenFigures.Value(written, indicator.Target), decimal.Parse(cells[$"E{row}"]));
            // The node at the indicator's precision, to the side that meets it (200.5 wells → 201).
            Assert.Equal(WrittenFigures.Node(written, indicator.Node), decimal.Parse(cells[$"F{row}"]));
            Assert.Equal(WrittenFigures.Value(written, indicator.Actual), decimal.Parse(cells[$"G{row}"]));
            Assert.Equal(Math.Round(indicator.Shortfall!.Value, 1, MidpointRounding.AwayFromZero), decimal.Parse(cells[$"H{row}"]));
        }
        Assert.Equal("部分县区征收资金未到位", cells[$"I{AttachmentXlsx.FirstRow}"]);
    }

    [Fact]
    public void The_bulletins_header_is_red_its_table_repeats_its_header_keeps_rows_whole_and_its_pages_are_numbered()
    {
        using var stream = new MemoryStream(Write(DocumentKind.Bulletin, Lianyungang, LianyungangJune, Problems).Content);
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;

        var mark = body.Elements<W.Paragraph>().First();
        Assert.Equal("连云港市人民政府督查室文件", mark.InnerText);
        Assert.All(mark.Descendants<W.Run>(), run => Assert.Equal("FF0000", run.RunProperties?.Color?.Val?.Value));
        Assert.Equal(W.JustificationValues.Center, mark.ParagraphProperties?.Justification?.Val?.Value);
        var line = body.Elements<W.Paragraph>().ElementAt(1).ParagraphProperties?.ParagraphBorders?.BottomBorder;
        Assert.Equal(("FF0000", W.BorderValues.Single), (line?.Color?.Value, line?.Val?.Value));
        var rows = body.Descendants<W.Table>().Single().Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.All(rows, row => Assert.NotNull(row.TableRowProperties?.GetFirstChild<W.CantSplit>()));
        Assert.Equal(W.TableLayoutValues.Fixed, body.Descendants<W.TableLayout>().Single().Type?.Value);
        // 序号 and the figures are no-wrap cells, as wide as their longest figure.
        Assert.All(rows.Skip(1), row => Assert.Equal([0, 4, 5, 6, 7], row.Elements<W.TableCell>().Select((c, i) => (c, i)).Where(x => x.c.TableCellProperties?.NoWrap is not null).Select(x => x.i)));
        // — PAGE — in the footers, odd pages right and even pages left.
        Assert.NotNull(main.DocumentSettingsPart?.Settings?.GetFirstChild<W.EvenAndOddHeaders>());
        var footers = body.Descendants<W.SectionProperties>().First().Elements<W.FooterReference>().ToDictionary(f => f.Type!.Value, f => (FooterPart)main.GetPartById(f.Id!));
        foreach (var (type, side) in new[] { (W.HeaderFooterValues.Default, W.JustificationValues.Right), (W.HeaderFooterValues.Even, W.JustificationValues.Left) })
        {
            var footer = footers[type].Footer!;
            Assert.Equal(" PAGE ", footer.Descendants<W.FieldCode>().Single().Text);
            Assert.Equal("— 1 —", footer.InnerText.Replace(" PAGE ", ""));
            Assert.Equal(side, footer.Descendants<W.Justification>().Single().Val?.Value);
        }
        // The 落款 closes the body: the office, then the date.
        var texts = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        var signature = texts.IndexOf("连云港市人民政府督查室");
        Assert.Equal("2023年6月30日", texts[signature + 1]);
    }

    [Fact]
    public void The_report_card_writes_each_groups_count_once()
    {
        var paragraphs = OpenXmlText.Read(Write(DocumentKind.Card, Dalian, DalianSeptember).Content).Paragraphs;

        Assert.Equal(paragraphs.Count, paragraphs.Distinct().Count());
        Assert.Single(paragraphs, p => p == "4个项目超额完成9月份节点目标");
    }

    [Fact]
    public void The_table_xlsx_is_bordered_frozen_under_its_header_and_prints_landscape_to_the_page_width_with_the_header_on_each_page()
    {
        using var stream = new MemoryStream(Write(DocumentKind.Table, Lianyungang, LianyungangJune, Problems).Content);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var part = workbook.WorkbookPart!;
        var sheet = part.WorksheetParts.Single().Worksheet!;
        var styles = part.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.CellFormats!.Elements<S.CellFormat>().ToList();
        var borders = styles.Borders!.Elements<S.Border>().ToList();
        S.CellFormat FormatOf(string reference) => formats[(int)sheet.Descendants<S.Cell>().Single(c => c.CellReference == reference).StyleIndex!.Value];
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var pane = sheet.Descendants<S.Pane>().Single();
        Assert.Equal((S.PaneStateValues.Frozen, 3.0, 2.0, "C4"), (pane.State!.Value, pane.HorizontalSplit!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
        var setup = sheet.Descendants<S.PageSetup>().Single();
        Assert.Equal((S.OrientationValues.Landscape, 1u, 0u), (setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.True(sheet.Descendants<S.PageSetupProperties>().Single().FitToPage?.Value);
        var titles = part.Workbook!.DefinedNames!.Elements<S.DefinedName>().Single();
        Assert.Equal(("_xlnm.Print_Titles", 0u, "'汇总表'!$3:$3"), (titles.Name!.Value, titles.LocalSheetId!.Value, titles.Text));
        // Header and items bordered; figures formatted to the decimals they are written with, the shortfall to one.
        foreach (var cell in new[] { "A3", "J3", "A4", "B4", "E4", "H4", "J5" })
        {
            var border = borders[(int)FormatOf(cell).BorderId!.Value];
            Assert.Equal(S.BorderStyleValues.Thin, border.LeftBorder?.Style?.Value);
            Assert.Equal(S.BorderStyleValues.Thin, border.BottomBorder?.Style?.Value);
        }
        Assert.True(FormatOf("A3").FontId!.Value > 0 && FormatOf("A3").FillId!.Value > 0, "the header is bold on a shaded fill");
        Assert.Equal(1u, FormatOf("E4").NumberFormatId!.Value);
        var shortfall = styles.NumberingFormats!.Elements<S.NumberingFormat>().Single(f => f.NumberFormatId!.Value == FormatOf("H4").NumberFormatId!.Value);
        Assert.Equal("0.0", shortfall.FormatCode!.Value);
    }

    [Fact]
    public void The_progress_table_is_frozen_bordered_and_prints_landscape_with_its_header_repeated()
    {
        var plan = SamplePlans.Lianyungang();
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(ProgressTableWriter.Write(plan, ProgressEngine.Summarize(plan, new DateOnly(2023, 6, 30)))), false);
        var part = workbook.WorkbookPart!;
        var sheet = part.WorksheetParts.Single().Worksheet!;
        var formats = part.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<S.CellFormat>().ToList();
        var cells = Xlsx.ReadCells(part, ProgressTableWriter.SheetName);

        Assert.Equal(S.PaneStateValues.Frozen, sheet.Descendants<S.Pane>().Single().State!.Value);
        Assert.Equal(S.OrientationValues.Landscape, sheet.Descendants<S.PageSetup>().Single().Orientation!.Value);
        Assert.Equal("'汇总表'!$3:$3", part.Workbook!.DefinedNames!.Elements<S.DefinedName>().Single().Text);
        var rate = sheet.Descendants<S.Cell>().First(c => c.CellReference == "L4");
        Assert.Equal(Xlsx.PercentFormat, formats[(int)rate.StyleIndex!.Value].NumberFormatId!.Value);
        // A milestone is written by its stages' names, its unit as 阶段.
        var milestone = plan.Indicators.Single(i => i.Kind == IndicatorKind.Milestone);
        var row = cells.Single(c => c.Key.StartsWith('F') && c.Value == milestone.Code).Key[1..];
        Assert.Equal(("阶段", milestone.Stages[^1]), (cells[$"H{row}"], cells[$"I{row}"]));
    }

    [Fact]
    public void A_bulletin_from_a_plan_document_says_the_document_holds_no_problems()
    {
        var docx = OpenXmlText.Read(Write(DocumentKind.Bulletin, Lianyungang, LianyungangJune).Content);

        Assert.Contains(docx.Paragraphs, p => p.Contains("计划文件不载存在问题"));
    }
}
