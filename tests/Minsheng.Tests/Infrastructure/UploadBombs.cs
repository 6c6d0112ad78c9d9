using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ImageMagick;

namespace Minsheng.Tests.Infrastructure;

/// <summary>Small files that claim or expand to far more than they are, built in code: what an attacker uploads.</summary>
public static class UploadBombs
{
    /// <summary>A real progressive JPEG of a few dozen kilobytes whose frame header (SOF2) is patched to claim a size.</summary>
    public static byte[] ProgressiveJpegClaiming(ushort width, ushort height) => JpegClaiming(width, height, progressive: true);

    public static byte[] JpegClaiming(ushort width, ushort height, bool progressive = false)
    {
        using var image = new MagickImage("plasma:", 256, 256) { Format = MagickFormat.Jpeg, Quality = 95 };
        if (progressive) image.Settings.Interlace = Interlace.Jpeg;
        var jpeg = image.ToByteArray();
        var sof = progressive ? (byte)0xC2 : (byte)0xC0;
        for (var i = 2; i < jpeg.Length - 9; i++)
        {
            if (jpeg[i] != 0xFF || jpeg[i + 1] != sof) continue;
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 5), height);
            BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(i + 7), width);
            return jpeg;
        }
        throw new InvalidOperationException("No frame header in the JPEG.");
    }

    /// <summary>A PNG's header (IHDR, with its CRC) claiming a size, with one row of pixels.</summary>
    public static byte[] PngClaiming(uint width, uint height)
    {
        using var one = new MagickImage(MagickColors.White, 1, 1) { Format = MagickFormat.Png };
        var png = one.ToByteArray();
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>An extended WebP (VP8X) whose canvas claims a size, and nothing after.</summary>
    public static byte[] WebPClaiming(int width, int height)
    {
        var webp = new byte[30 + 64];
        "RIFF"u8.CopyTo(webp);
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(4), (uint)webp.Length - 8);
        "WEBPVP8X"u8.CopyTo(webp.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(webp.AsSpan(16), 10);
        WriteUInt24(webp.AsSpan(24), width - 1);
        WriteUInt24(webp.AsSpan(27), height - 1);
        return webp;
    }

    /// <summary>A HEIC's boxes (ftyp, then meta with an image spatial extent) claiming a size.</summary>
    public static byte[] HeicClaiming(uint width, uint height)
    {
        var ftyp = Box("ftyp", [.. "heic"u8, 0, 0, 0, 0, .. "mif1heic"u8]);
        var ispe = Box("ispe", [0, 0, 0, 0, .. BigEndian(width), .. BigEndian(height)]);
        var meta = Box("meta", [0, 0, 0, 0, .. Box("iprp", Box("ipco", ispe))]);
        return [.. ftyp, .. meta, .. new byte[256]];
    }

    /// <summary>A workbook whose one sheet's XML inflates to this many megabytes, declared honestly in the zip's directory.</summary>
    public static byte[] XlsxInflatingTo(int megabytes) => Workbook(sheet =>
    {
        var row = Encoding.UTF8.GetBytes("<row><c t=\"inlineStr\"><is><t>炸弹炸弹炸弹炸弹炸弹炸弹</t></is></c></row>");
        for (long written = 0; written < megabytes * 1024L * 1024; written += row.Length) sheet.Write(row);
    });

    /// <summary>A Word document whose body inflates to this many megabytes of empty paragraphs.</summary>
    public static byte[] DocxInflatingTo(int megabytes) => Archive(
        ("[Content_Types].xml", ContentTypes("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("_rels/.rels", Rels("word/document.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")),
        ("word/document.xml", stream =>
        {
            stream.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            var paragraph = "<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>"u8.ToArray();
            for (long written = 0; written < megabytes * 1024L * 1024; written += paragraph.Length) stream.Write(paragraph);
            stream.Write("</w:body></w:document>"u8);
        }));

    /// <summary>A Word document whose body starts with a DTD defining nested entities (the billion laughs).</summary>
    public static byte[] DocxWithDtd() => Archive(
        ("[Content_Types].xml", ContentTypes("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
        ("_rels/.rels", Rels("word/document.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")),
        ("word/document.xml", Text("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>""")));

    /// <summary>A small workbook whose sheet's directory entries say it is 100 bytes while it inflates to 5 MB.</summary>
    public static byte[] XlsxLyingAboutItsSize()
    {
        var honest = XlsxInflatingTo(5);
        var name = "xl/worksheets/sheet1.xml"u8.ToArray();
        // Local header: uncompressed size at 22, name at 30; central directory: uncompressed size at 24, name at 46.
        for (var i = 0; i < honest.Length - 46; i++)
        {
            var local = honest.AsSpan(i).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 3, 4]) && honest.AsSpan(i + 30).StartsWith(name);
            var central = honest.AsSpan(i).StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 1, 2]) && honest.AsSpan(i + 46).StartsWith(name);
            if (local) BinaryPrimitives.WriteUInt32LittleEndian(honest.AsSpan(i + 22), 100);
            if (central) BinaryPrimitives.WriteUInt32LittleEndian(honest.AsSpan(i + 24), 100);
        }
        return honest;
    }

    /// <summary>A zip's signature and then junk.</summary>
    public static byte[] CorruptZip() => [0x50, 0x4B, 3, 4, .. Enumerable.Range(0, 2000).Select(i => (byte)(i * 7))];

    public static byte[] Workbook(Action<Stream> sheetRows) => Archive(
        ("[Content_Types].xml", ContentTypes("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
        ("_rels/.rels", Rels("xl/workbook.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument")),
        ("xl/workbook.xml", Text("""<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""")),
        ("xl/_rels/workbook.xml.rels", Rels("worksheets/sheet1.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet")),
        ("xl/worksheets/sheet1.xml", stream =>
        {
            stream.Write("""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""u8);
            sheetRows(stream);
            stream.Write("</sheetData></worksheet>"u8);
        }));

    private static Action<Stream> ContentTypes(string mainPart, string mainType) => Text(
        $"""<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="{mainPart}" ContentType="{mainType}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");

    private static Action<Stream> Rels(string target, string type) => Text(
        $"""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{type}" Target="{target}"/></Relationships>""");

    private static Action<Stream> Text(string text) => stream => stream.Write(Encoding.UTF8.GetBytes(text));

    private static byte[] Archive(params (string Name, Action<Stream> Write)[] entries)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, write) in entries)
            {
                using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                write(stream);
            }
        }
        return zip.ToArray();
    }

    private static byte[] Box(string type, byte[] content) => [.. BigEndian((uint)content.Length + 8), .. Encoding.ASCII.GetBytes(type), .. content];

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    private static void WriteUInt24(Span<byte> bytes, int value) => (bytes[0], bytes[1], bytes[2]) = ((byte)value, (byte)(value >> 8), (byte)(value >> 16));
}
