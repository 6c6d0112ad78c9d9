using DocumentFormat.OpenXml.Packaging;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Model;
using Minsheng.Reporting;
using Minsheng.Uploads;

namespace Minsheng.Spreadsheets;

public sealed record SheetIndicatorFigure(string Code, decimal Actual, string? Progress, string? Problem, string? Measures, string Cell);

public sealed record SheetMoneyFigure(string Code, decimal? Investment, decimal? City, decimal? District, decimal? Other, string Row);

/// <summary>What a filled report workbook says: whose figures, for which plan and month.</summary>
public sealed record SheetFigures(string Region, int Year, Period Period, string Unit, IReadOnlyList<SheetIndicatorFigure> Indicators, IReadOnlyList<SheetMoneyFigure> Projects);

/// <summary>Reads a filled report workbook back, refusing it whole with every bad cell's address and reason.</summary>
public static class ReportSheetReader
{
    public static SheetFigures Read(string fileName, byte[] content)
    {
        try
        {
            OfficeArchive.Check(fileName, content, OfficeFormat.Workbook);
        }
        catch (ArchiveRefusedException e)
        {
            throw new ReportSheetException([e.Message]);
        }
        try
        {
            return ReadChecked(fileName, content);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            // The archive is sound but a part is not what the format says (a cell reference of garbage, a missing relationship).
            throw new ReportSheetException([UploadText.Get("ArchiveDamaged", fileName, OfficeFormat.Workbook.Extension)]);
        }
    }

    private static SheetFigures ReadChecked(string fileName, byte[] content)
    {
        var errors = new List<string>();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(content, writable: false), isEditable: false, OfficeArchive.OpenSettings))
        {
            var workbook = document.WorkbookPart ?? throw new ReportSheetException([ReportErrors.Get("SheetEmptyWorkbook", fileName)]);
            var meta = Xlsx.ReadCells(workbook, ReportSheet.MetaSheet);
            if (meta.GetValueOrDefault("B1") != ReportSheet.Format)
            {
                throw new ReportSheetException([ReportErrors.Get("SheetNotReportSheet", fileName, ReportSheet.MetaSheet)]);
            }
            var year = int.TryParse(meta.GetValueOrDefault("B3"), out var y) ? y : 0;
            Period.TryParse(meta.GetValueOrDefault("B4"), out var period);

            var indicatorCells = Xlsx.ReadCells(workbook, ReportSheet.IndicatorSheet);
            var moneyCells = Xlsx.ReadCells(workbook, ReportSheet.MoneySheet);
            CheckHeader(ReportSheet.IndicatorSheet, indicatorCells, ReportSheet.IndicatorColumns, errors);
            CheckHeader(ReportSheet.MoneySheet, moneyCells, ReportSheet.MoneyColumns, errors);
            if (errors.Count > 0) throw new ReportSheetException(errors);
            if (DataRows(indicatorCells, ReportSheet.Indicator.Code).Skip(OfficeArchive.MaxRows).Any() || DataRows(moneyCells, ReportSheet.Money.ProjectCode).Skip(OfficeArchive.MaxRows).Any())
                throw new ReportSheetException([UploadText.Get("TooManyRows", fileName, OfficeArchive.MaxRows)]);

            var indicators = ReadIndicators(indicatorCells, StagesOf(meta), errors);
            var projects = ReadMoney(moneyCells, errors);
            if (errors.Count > 0) throw new ReportSheetException(errors);
            return new SheetFigures(meta.GetValueOrDefault("B2") ?? "", year, period, meta.GetValueOrDefault("B5") ?? "", indicators, projects);
        }
    }

    private static void CheckHeader(string sheet, Dictionary<string, string> cells, string[] columns, List<string> errors)
    {
        if (cells.Count == 0)
        {
            errors.Add(ReportErrors.Get("SheetMissing", sheet));
            return;
        }
        for (var c = 0; c < columns.Length; c++)
        {
            var address = Xlsx.ColumnName(c) + ReportSheet.HeaderRow;
            var found = cells.GetValueOrDefault(address);
            if (found != columns[c])
            {
                errors.Add($"{sheet}!{address}: {ReportErrors.Get("SheetHeaderChanged", columns[c], found)}");
            }
        }
    }

    /// <summary>Each milestone's stages as the hidden sheet lists them, by code.</summary>
    private static Dictionary<string, List<string>> StagesOf(Dictionary<string, string> meta)
    {
        var stages = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var row = 1; meta.TryGetValue("A" + row, out var key); row++)
        {
            if (key.StartsWith(ReportSheet.StagesKey, StringComparison.Ordinal) && meta.TryGetValue("B" + row, out var names))
            {
                stages[key[ReportSheet.StagesKey.Length..]] = [.. names.Split('\n').Select(n => n.Trim())];
            }
        }
        return stages;
    }

    private static List<SheetIndicatorFigure> ReadIndicators(Dictionary<string, string> cells, Dictionary<string, List<string>> stages, List<string> errors)
    {
        var figures = new List<SheetIndicatorFigure>();
        foreach (var row in DataRows(cells, ReportSheet.Indicator.Code))
        {
            var code = cells[Address(ReportSheet.Indicator.Code, row)];
            var actual = stages.TryGetValue(code, out var names)
                ? StageAt(cells, row, names, errors)
                : NumberAt(cells, ReportSheet.IndicatorSheet, ReportSheet.Indicator.Actual, row, errors);
            if (actual is null) continue;
            figures.Add(new SheetIndicatorFigure(
                code,
                actual.Value,
                cells.GetValueOrDefault(Address(ReportSheet.Indicator.Progress, row)),
                cells.GetValueOrDefault(Address(ReportSheet.Indicator.Problem, row)),
                cells.GetValueOrDefault(Address(ReportSheet.Indicator.Measures, row)),
                $"{ReportSheet.IndicatorSheet}!{Address(ReportSheet.Indicator.Actual, row)}"));
        }
        return figures;
    }

    private static List<SheetMoneyFigure> ReadMoney(Dictionary<string, string> cells, List<string> errors)
    {
        var figures = new List<SheetMoneyFigure>();
        foreach (var row in DataRows(cells, ReportSheet.Money.ProjectCode))
        {
            var sheet = ReportSheet.MoneySheet;
            var investment = NumberAt(cells, sheet, ReportSheet.Money.Investment, row, errors);
            var city = NumberAt(cells, sheet, ReportSheet.Money.CityUsed, row, errors);
            var district = NumberAt(cells, sheet, ReportSheet.Money.DistrictUsed, row, errors);
            var other = NumberAt(cells, sheet, ReportSheet.Money.OtherUsed, row, errors);
            if (investment is null && city is null && district is null && other is null) continue;
            figures.Add(new SheetMoneyFigure(cells[Address(ReportSheet.Money.ProjectCode, row)], investment, city, district, other, $"{sheet}!{row}"));
        }
        return figures;
    }

    /// <summary>The data rows: from the first below the header for as long as the code column is filled.</summary>
    private static IEnumerable<int> DataRows(Dictionary<string, string> cells, int codeColumn)
    {
        for (var row = ReportSheet.FirstDataRow; cells.ContainsKey(Address(codeColumn, row)); row++) yield return row;
    }

    private static decimal? NumberAt(Dictionary<string, string> cells, string sheet, int column, int row, List<string> errors)
    {
        var address = Address(column, row);
        if (!cells.TryGetValue(address, out var text)) return null;
        if (!Xlsx.TryNumber(text, out var value))
        {
            errors.Add($"{sheet}!{address}: {ReportErrors.Get("SheetNotANumber", text)}");
            return null;
        }
        if (value < 0)
        {
            errors.Add($"{sheet}!{address}: {ReportErrors.Get("SheetNegative", text)}");
            return null;
        }
        return value;
    }

    /// <summary>A milestone's cell: a stage's name (未启动 for 0) or its number, which the import checks like any figure.</summary>
    private static decimal? StageAt(Dictionary<string, string> cells, int row, List<string> stages, List<string> errors)
    {
        var address = Address(ReportSheet.Indicator.Actual, row);
        if (!cells.TryGetValue(address, out var text)) return null;
        var named = stages.IndexOf(text);
        if (named >= 0) return named + 1;
        if (text == WrittenFigures.NotStarted) return 0;
        if (Xlsx.TryNumber(text, out _)) return NumberAt(cells, ReportSheet.IndicatorSheet, ReportSheet.Indicator.Actual, row, errors);
        errors.Add($"{ReportSheet.IndicatorSheet}!{address}: {ReportErrors.Get("NotAStageName", text, string.Join("、", stages))}");
        return null;
    }

    private static string Address(int column, int row) => Xlsx.ColumnName(column) + row;
}
