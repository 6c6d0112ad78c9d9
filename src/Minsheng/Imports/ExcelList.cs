using MiniExcelLibs;
using Minsheng.Uploads;

namespace Minsheng.Imports;

/// <summary>The text of an Excel list: the first sheet's rows, read as a list of projects when it has a header row.</summary>
internal static class ExcelList
{
    public static string ReadText(string fileName, byte[] content, TableReading reading)
    {
        List<string[]> rows;
        try
        {
            rows = MiniExcel.Query(new MemoryStream(content), useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Take(OfficeArchive.MaxRows + 1)
                .Select(row => row.Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "").ToArray())
                .ToList();
        }
        // MiniExcel reports a sound archive with unexpected parts in many ways; none of them may reach the visitor as a 500.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not ListFileException)
        {
            throw new ListFileException(ImportText.Get("ListFileNotExcel", fileName, e.Message));
        }
        if (rows.Count > OfficeArchive.MaxRows) throw new ListFileException(UploadText.Get("TooManyRows", fileName, OfficeArchive.MaxRows));
        var problems = new List<string>();
        var text = TableList.ToText(rows, index => ImportText.Get("ListRow", fileName, index + 1), problems, reading);
        return problems.Count == 0 ? text : throw new ListFileException(problems);
    }
}
