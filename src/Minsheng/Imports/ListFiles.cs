using System.Text;
using Minsheng.Documents;
using Minsheng.Uploads;

namespace Minsheng.Imports;

/// <summary>A file that cannot be read as a published list; each problem says what and which file (and where in it).</summary>
public sealed class ListFileException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public ListFileException(string message) : this([message]) { }

    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>A list file's text, and what the office is told about it before saving (a column not read, say).
/// Unplaced: the headings of the columns not read, for the office to give each a meaning (<see cref="TableReading"/>).</summary>
public sealed record ListFileText(string Text, IReadOnlyList<string> Notes, IReadOnlyList<string> Unplaced);

/// <summary>
/// The text of a published list in any of the forms offices have it: plain text (UTF-8 or
/// GB18030; a table copied into it, tab-separated or aligned with spaces, read as a table), Word (.docx), Excel (.xlsx and
/// the old .xls), PDF with a text layer, and web pages (.html, or their source in a text file); the old .doc, .wps and .et
/// through LibreOffice where it is installed (<see cref="ReadAsync(string, byte[], IConfiguration, CancellationToken, IReadOnlyDictionary{string, string})"/>).
/// Guards against what is not a list: empty or oversized files, binary junk, archives that are not documents and archives
/// that expand without bound.
/// </summary>
public static class ListFiles
{
    public const long MaxBytes = 20 * 1024 * 1024;

    static ListFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string ReadText(string path) => Read(path).Text;

    public static ListFileText Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ListFileException(ImportText.Get("ListFileMissing", path));
        if (info.Length > MaxBytes) throw new ListFileException(ImportText.Get("ListFileTooLarge", path, MaxBytes / 1024 / 1024));
        return Read(info.Name, File.ReadAllBytes(path));
    }

    public static string ReadText(string fileName, byte[] content) => Read(fileName, content).Text;

    /// <summary>A list file; <paramref name="choices"/> holds the meaning the office gave a table's heading the file was first read without (备注 → Content).</summary>
    public static ListFileText Read(string fileName, byte[] content, IReadOnlyDictionary<string, string>? choices = null) =>
        ReadAs(fileName, content, Path.GetExtension(fileName).ToLowerInvariant(), choices);

    /// <summary>The file at the path, old formats included (<see cref="ReadAsync(string, byte[], IConfiguration, CancellationToken, IReadOnlyDictionary{string, string})"/>).</summary>
    public static async Task<ListFileText> ReadAsync(string path, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new ListFileException(ImportText.Get("ListFileMissing", path));
        if (info.Length > MaxBytes) throw new ListFileException(ImportText.Get("ListFileTooLarge", path, MaxBytes / 1024 / 1024));
        return await ReadAsync(info.Name, await File.ReadAllBytesAsync(path, cancellationToken), configuration, cancellationToken);
    }

    /// <summary>
    /// Any list file; the formats of older Word, Excel and WPS versions (.doc, .wps, .et) are first converted by LibreOffice
    /// to .docx and .xlsx and then read as those, every problem still naming the file as the office sent it.
    /// </summary>
    public static async Task<ListFileText> ReadAsync(
        string fileName, byte[] content, IConfiguration configuration, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? choices = null)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!OldFormats.TryGetValue(extension, out var format) || content.Length == 0 || content.Length > MaxBytes) return Read(fileName, content, choices);
        // Only the binary formats of Word 97, WPS and Excel 97 go to LibreOffice: it picks its reader by the content, and
        // an HTML or RTF file named .doc could have it fetch what the file links to.
        // A .docx or .xlsx saved under the old name is read as what it is.
        if (content is [(byte)'P', (byte)'K', 3, 4, ..]) return ReadAs(fileName, content, "." + format, choices);
        if (!IsOle(content)) throw new ListFileException(ImportText.Get("ListFileOldFormatNotOle", fileName, extension));
        byte[] converted;
        try
        {
            converted = await LibreOffice.ConvertAsync(content, extension, format, configuration, cancellationToken);
        }
        catch (LibreOfficeException e)
        {
            throw new ListFileException(e.Failure switch
            {
                LibreOfficeFailure.NotInstalled => ImportText.Get("ListFileOldFormat", fileName, extension),
                LibreOfficeFailure.Busy => ImportText.Get("ListFileConvertBusy", fileName),
                LibreOfficeFailure.TimedOut => ImportText.Get("ListFileConvertTimedOut", fileName, extension, e.TimeoutSeconds),
                _ => ImportText.Get("ListFileConvertFailed", fileName, extension, e.Detail),
            });
        }
        return ReadAs(fileName, converted, "." + format, choices);
    }

    /// <summary>The compound file of Office 97 and WPS (.doc, .xls, .wps, .et).</summary>
    private static bool IsOle(byte[] content) => content.Length > 8 && content.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 });

    /// <summary>The old formats LibreOffice reads, and the format each becomes.</summary>
    private static readonly Dictionary<string, string> OldFormats = new() { [".doc"] = "docx", [".wps"] = "docx", [".et"] = "xlsx" };

    private static ListFileText ReadAs(string fileName, byte[] content, string extension, IReadOnlyDictionary<string, string>? choices)
    {
        var reading = new TableReading(choices);
        return new ListFileText(Text(fileName, content, extension, reading), reading.Notes, reading.Unplaced);
    }

    private static string Text(string fileName, byte[] content, string extension, TableReading reading)
    {
        if (content.Length == 0) throw new ListFileException(ImportText.Get("ListFileEmpty", fileName));
        if (content.Length > MaxBytes) throw new ListFileException(ImportText.Get("ListFileTooLarge", fileName, MaxBytes / 1024 / 1024));

        var isZip = content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        var isOle = IsOle(content);
        switch (extension)
        {
            case ".docx" or ".xlsx" when !isZip:
                throw new ListFileException(ImportText.Get("ListFileNotZip", fileName, extension));
            case ".xls" when isOle:
                return OldExcelList.ReadText(fileName, content, reading);
            case ".xls" when !isZip:
                throw new ListFileException(ImportText.Get("ListFileNotExcel", fileName, extension));
            case ".doc" or ".wps" or ".et":
                throw new ListFileException(ImportText.Get("ListFileOldFormat", fileName, extension));
            case ".ppt" or ".pptx" or ".dps":
                throw new ListFileException(ImportText.Get("ListFilePresentation", fileName, extension));
            case ".docx":
                CheckArchive(fileName, content, OfficeFormat.WordDocument);
                return WordList.ReadText(fileName, content, reading);
            // An .xls that is a zip is a workbook saved under the old name.
            case ".xlsx" or ".xls":
                CheckArchive(fileName, content, OfficeFormat.Workbook);
                return ExcelList.ReadText(fileName, content, reading);
            case ".pdf" when !PdfList.IsPdf(content):
                throw new ListFileException(ImportText.Get("ListFileNotPdf", fileName, extension));
            case var _ when PdfList.IsPdf(content):
                PdfStreams.Check(fileName, content);
                return TabSeparated(fileName, PdfList.ReadText(fileName, content), reading);
            default:
                if (isZip) throw new ListFileException(ImportText.Get("ListFileZipNamedWrong", fileName));
                var text = DecodeText(fileName, content);
                // A saved web page, or its source pasted into a text file.
                if (extension is ".html" or ".htm" || WebPageList.LooksLikeHtml(text)) return WebPageList.ReadText(fileName, text, reading);
                return TabSeparated(fileName, text, reading);
        }
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8, otherwise GB18030 (which covers GBK and GB2312).</summary>
    private static string DecodeText(string fileName, byte[] content)
    {
        // Counted on the bytes, before decoding: a million-line list is refused at once rather than parsed into a preview of gigabytes.
        if (content.AsSpan().Count((byte)'\n') >= OfficeArchive.MaxRows) throw new ListFileException(UploadText.Get("TooManyRows", fileName, OfficeArchive.MaxRows));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback).GetString(content);
        }
        text = text.TrimStart('\uFEFF');
        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        var replaced = text.Count(c => c == '\uFFFD');
        if (control + replaced > text.Length / 100 + 2) throw new ListFileException(ImportText.Get("ListFileNotText", fileName));
        return text;
    }

    /// <summary>
    /// A table copied from Word, Excel or a web page into a text file: its rows tab-separated, or aligned with spaces
    /// (<see cref="AlignedText"/>). Read as a table when most of its lines are rows and one of them is a header
    /// (项目名称 … 主要内容 …); otherwise the text as it is.
    /// </summary>
    private static string TabSeparated(string fileName, string text, TableReading reading)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var filled = lines.Where(line => line.Trim().Length > 0).ToList();
        if (filled.Count < 2) return text;
        List<string[]>? rows = null;
        if (filled.Count(line => line.Contains('\t')) * 2 >= filled.Count)
        {
            rows = [.. lines.Select(line => line.Split('\t').Select(cell => cell.Trim().Trim('"')).ToArray())];
            if (!rows.Any(row => TableColumns.Of(row, reading).IsHeader)) rows = null;
        }
        rows ??= AlignedText.Rows(lines, reading);
        if (rows is null) return text;
        var problems = new List<string>();
        var table = TableList.ToText(rows, index => ImportText.Get("ListRow", fileName, index + 1), problems, reading);
        return problems.Count == 0 ? table : throw new ListFileException(problems);
    }

    /// <summary>Refuses what the archive guard refuses, in the words of a list file.</summary>
    private static void CheckArchive(string fileName, byte[] content, OfficeFormat format)
    {
        try
        {
            OfficeArchive.Check(fileName, content, format);
        }
        catch (ArchiveRefusedException e)
        {
            throw new ListFileException(e.Message);
        }
    }
}
