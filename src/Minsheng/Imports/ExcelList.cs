using MiniExcelLibs;

namespace Minsheng.Imports;

/// <summary>The text of an Excel list: the first sheet's rows, read as a list of projects when it has a header row.</summary>
internal static class ExcelList
{
    public static string ReadText(string fileName, byte[] content)
    {
        List<string[]> rows;
        try
        {
            rows = MiniExcel.Query(new MemoryStream(content), useHeaderRow: false, excelType: ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>()
                .Select(row => row.Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "").ToArray())
                .ToList();
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or System.Xml.XmlException or NotSupportedException)
        {
            throw new ListFileException(ImportText.Get("ListFileNotExcel", fileName, e.Message));
        }
        var problems = new List<string>();
        var text = TableList.ToText(rows, index => ImportText.Get("ListRow", fileName, index + 1), problems);
        return problems.Count == 0 ? text : throw new ListFileException(problems);
    }
}
