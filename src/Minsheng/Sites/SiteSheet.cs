using Minsheng.Api;
using System.Globalization;
using MiniExcelLibs;
using Minsheng.Uploads;

namespace Minsheng.Sites;

/// <summary>
/// Sites from an Excel workbook, one a row under a header row: 项目编号, 点位名称, 区域, 地址, 纬度, 经度.
/// All rows are checked before any is stored; each error names its row and column.
/// </summary>
public static class SiteSheet
{
    public static readonly string[] Columns = ["项目编号", "点位名称", "区域", "地址", "纬度", "经度"];

    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["project"] = "项目编号", ["name"] = "点位名称", ["district"] = "区域", ["address"] = "地址", ["latitude"] = "纬度", ["longitude"] = "经度",
    };

    public static (List<SiteRequest> Sites, List<string> Errors) Read(string fileName, byte[] workbook, ISet<string> projectCodes)
    {
        var sites = new List<SiteRequest>();
        var errors = new List<string>();
        List<IDictionary<string, object?>> rows;
        try
        {
            OfficeArchive.Check(fileName, workbook, OfficeFormat.Workbook);
            rows = MiniExcel.Query(new MemoryStream(workbook, writable: false), useHeaderRow: true, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().Take(OfficeArchive.MaxRows + 1).ToList();
        }
        catch (ArchiveRefusedException e)
        {
            return ([], [e.Message]);
        }
        // MiniExcel reports a sound archive with unexpected parts in many ways; none of them may reach the visitor as a 500.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return ([], [UploadText.Get("ArchiveDamaged", fileName, OfficeFormat.Workbook.Extension)]);
        }
        if (rows.Count > OfficeArchive.MaxRows) return ([], [UploadText.Get("TooManyRows", fileName, OfficeArchive.MaxRows)]);
        var missing = Columns.Where(c => rows.Count > 0 && !rows[0].ContainsKey(c)).ToList();
        if (rows.Count == 0 || missing.Count > 0) return ([], [$"第1行应为表头：{string.Join("、", Columns)}"]);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Values.All(v => string.IsNullOrWhiteSpace(Text(v)))) continue;
            var line = i + 2;
            var latitude = Number(row["纬度"], out var badLatitude);
            var longitude = Number(row["经度"], out var badLongitude);
            var request = new SiteRequest(Text(row["项目编号"]), Text(row["点位名称"]), Text(row["区域"]), Text(row["地址"]), latitude, longitude);
            var rowErrors = SiteMapping.Validate(request);
            if (badLatitude) rowErrors["latitude"] = [ApiText.Get("NotANumber")];
            if (badLongitude) rowErrors["longitude"] = [ApiText.Get("NotANumber")];
            if (request.Project is { } code && !projectCodes.Contains(code)) rowErrors["project"] = [ApiText.Get("NoSuchProject", code)];
            errors.AddRange(rowErrors.Select(e => $"第{line}行 {ColumnOf[e.Key]}：{string.Join("; ", e.Value)}"));
            if (rowErrors.Count == 0) sites.Add(request);
        }
        return (sites, errors);
    }

    private static string? Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } text ? text : null;

    private static decimal? Number(object? value, out bool bad)
    {
        bad = false;
        if (Text(value) is not { } text) return null;
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return number;
        bad = true;
        return null;
    }
}
