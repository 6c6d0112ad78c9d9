using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Minsheng.Uploads;

/// <summary>Why an uploaded .xlsx or .docx is not opened; the message names the file (and the part inside it).</summary>
public sealed class ArchiveRefusedException(string message) : Exception(message);

/// <summary>The Office formats uploads come in, by what their main part must be.</summary>
public sealed record OfficeFormat(string Extension, params string[] MainContentTypes)
{
    public static readonly OfficeFormat Workbook = new(".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml");

    public static readonly OfficeFormat WordDocument = new(".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
}

/// <summary>
/// The one gate every uploaded Office file passes before a document library opens it. The zip's
/// directory is checked first (file size, entry count, declared sizes and ratios), then every entry is
/// inflated through a counter, since entry headers can lie, and every XML part is read with DTDs
/// prohibited. Nothing is kept: the library then reads bytes that are known to expand to at most the limit.
/// </summary>
public static class OfficeArchive
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>All parts together; a real report sheet or list is well under a megabyte, and the document libraries hold ten times this in memory.</summary>
    public const long MaxExpandedBytes = 24 * 1024 * 1024;

    public const int MaxEntries = 1000;

    /// <summary>Sheets of repeated cells compress some 20 to 50 times; a ratio is only judged on parts over <see cref="RatioJudgedFrom"/>.</summary>
    public const int MaxRatio = 200;

    private const long RatioJudgedFrom = 1024 * 1024;

    /// <summary>The lines of a list or rows of a sheet read at most; real ones have hundreds.</summary>
    public const int MaxRows = 10_000;

    /// <summary>For the OpenXML SDK: no part read beyond what the guard let through.</summary>
    public static OpenSettings OpenSettings => new() { MaxCharactersInPart = MaxExpandedBytes, AutoSave = false };

    private static readonly XmlReaderSettings Xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    /// <summary>Refuses the file with a message naming it unless it is a sound archive of the format within the limits.</summary>
    public static void Check(string fileName, byte[] content, OfficeFormat format)
    {
        if (content.Length > MaxBytes) throw Refused("ArchiveTooLarge", fileName, MaxBytes / 1024 / 1024);
        if (content.Length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4)
            throw Refused("ArchiveNotZip", fileName, format.Extension);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            CheckDirectory(fileName, archive, format);
            var contentTypes = archive.GetEntry("[Content_Types].xml") ?? throw Refused("ArchiveWrongType", fileName, format.Extension, UploadText.Get("ArchiveUnknownType"));
            var mainType = MainContentType(fileName, contentTypes, format);
            if (mainType is null || !format.MainContentTypes.Contains(mainType))
                throw Refused("ArchiveWrongType", fileName, format.Extension, mainType ?? UploadText.Get("ArchiveUnknownType"));

            long expanded = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                expanded += Inflate(fileName, entry, MaxExpandedBytes - expanded);
            }
        }
        catch (InvalidDataException)
        {
            throw Refused("ArchiveDamaged", fileName, format.Extension);
        }
        catch (NotSupportedException)
        {
            // An entry compressed with a method .NET does not inflate (Deflate64 aside, none an Office writer uses).
            throw Refused("ArchiveDamaged", fileName, format.Extension);
        }
    }

    private static void CheckDirectory(string fileName, ZipArchive archive, OfficeFormat format)
    {
        if (archive.Entries.Count > MaxEntries) throw Refused("ArchiveTooManyEntries", fileName, archive.Entries.Count, MaxEntries, format.Extension);
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (declared > MaxExpandedBytes) throw Refused("ArchiveExpandsTooMuch", fileName, MaxExpandedBytes / 1024 / 1024);
            if (entry.Length > RatioJudgedFrom && entry.Length / Math.Max(entry.CompressedLength, 1) > MaxRatio)
                throw Refused("ArchiveRatioTooHigh", fileName, entry.FullName, MaxRatio);
        }
    }

    /// <summary>The content type [Content_Types].xml gives the main part (the workbook, the document).</summary>
    private static string? MainContentType(string fileName, ZipArchiveEntry contentTypes, OfficeFormat format)
    {
        using var stream = new CappedStream(contentTypes.Open(), Math.Min(contentTypes.Length, 1024 * 1024));
        string? other = null;
        try
        {
            using var reader = XmlReader.Create(stream, Xml);
            while (reader.Read())
            {
                // System.IO.Packaging gives the first part of an extension a Default, later ones an Override.
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("Override" or "Default")) continue;
                var type = reader.GetAttribute("ContentType");
                if (type is null || !type.EndsWith(".main+xml", StringComparison.Ordinal)) continue;
                if (format.MainContentTypes.Contains(type)) return type;
                other ??= type;
            }
        }
        catch (XmlException e)
        {
            throw XmlRefused(fileName, contentTypes.FullName, e);
        }
        catch (CappedStream.OverLimitException)
        {
            throw Refused("ArchiveSizeLies", fileName, contentTypes.FullName);
        }
        return other;
    }

    /// <summary>Inflates an entry to its end, no further than it declared nor than what is left of the limit; an XML part is parsed on the way.</summary>
    private static long Inflate(string fileName, ZipArchiveEntry entry, long left)
    {
        using var stream = new CappedStream(entry.Open(), Math.Min(entry.Length, left));
        try
        {
            if (IsXml(entry.FullName))
            {
                using var reader = XmlReader.Create(stream, Xml);
                while (reader.Read()) { }
            }
            stream.CopyTo(Stream.Null);
        }
        catch (XmlException e)
        {
            throw XmlRefused(fileName, entry.FullName, e);
        }
        catch (CappedStream.OverLimitException)
        {
            throw stream.Limit < entry.Length
                ? Refused("ArchiveExpandsTooMuch", fileName, MaxExpandedBytes / 1024 / 1024)
                : Refused("ArchiveSizeLies", fileName, entry.FullName);
        }
        if (stream.Position != entry.Length) throw Refused("ArchiveSizeLies", fileName, entry.FullName);
        return stream.Position;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    // XmlReader says "DTD is prohibited" in the exception's message only; the check is for that word, in any language the runtime speaks.
    private static ArchiveRefusedException XmlRefused(string fileName, string part, XmlException e) =>
        e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) ? Refused("ArchiveDtd", fileName, part) : Refused("ArchivePartNotXml", fileName, part);

    private static ArchiveRefusedException Refused(string key, params object?[] values) => new(UploadText.Get(key, values));
}
