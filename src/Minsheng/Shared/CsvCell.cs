using System.Globalization;

namespace Minsheng.Shared;

/// <summary>
/// Cells of the CSV files Minsheng writes. Text that a spreadsheet would take for a formula (starting with
/// = + - @, a tab or a carriage return) is neutralised as OWASP recommends: a leading single quote, and the
/// field quoted. Numbers are written as they are, so that a negative figure stays a number.
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Text(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && Array.IndexOf(FormulaStarts, text[0]) >= 0) return Quoted("'" + text);
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? Quoted(text) : text;
    }

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : "";

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";
}
