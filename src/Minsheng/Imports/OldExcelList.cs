using ExcelDataReader;
using Minsheng.Uploads;

namespace Minsheng.Imports;

/// <summary>The text of a list in Excel's old binary format (.xls, Excel 97-2003), read by ExcelDataReader: its first sheet, as <see cref="ExcelList"/> reads an .xlsx.</summary>
internal static class OldExcelList
{
    public static string ReadText(string fileName, byte[] content, TableReading reading)
    {
        var rows = new List<string[]>();
        try
        {
            using var reader = ExcelReaderFactory.CreateBinaryReader(new MemoryStream(content, writable: false));
            while (reader.Read())
            {
                if (rows.Count == OfficeArchive.MaxRows) throw new ListFileException(UploadText.Get("TooManyRows", fileName, OfficeArchive.MaxRows));
                rows.Add([.. Enumerable.Range(0, Math.Min(reader.FieldCount, MaxColumns))
                    .Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)?.Trim() ?? "")]);
            }
        }
        // A damaged or disguised file fails in the reader in many ways; none may reach the visitor as a 500.
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException and not ListFileException)
        {
            throw new ListFileException(ImportText.Get("ListFileNotExcel", fileName, e.Message));
        }
        var problems = new List<string>();
        var text = TableList.ToText(rows, index => ImportText.Get("ListRow", fileName, index + 1), problems, reading);
        return problems.Count == 0 ? text : throw new ListFileException(problems);
    }

    // A list has a dozen columns; a sheet claiming thousands is not read cell by cell.
    private const int MaxColumns = 64;
}
