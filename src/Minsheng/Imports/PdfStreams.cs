using System.IO.Compression;

namespace Minsheng.Imports;

/// <summary>
/// The guard a PDF passes before PdfPig opens it: every Flate-compressed stream in the file is inflated here, with
/// a cap, so that a 20 MB file whose streams claim gigabytes (a decompression bomb) is refused before any reader
/// holds them, as <see cref="Uploads.OfficeArchive"/> does for .docx and .xlsx.
/// </summary>
internal static class PdfStreams
{
    /// <summary>The most a list's PDF may hold once its streams are inflated: a list of 200 pages is a few megabytes.</summary>
    public const long MaxInflatedBytes = 64 * 1024 * 1024;

    public static void Check(string fileName, byte[] content)
    {
        long total = 0;
        var buffer = new byte[81920];
        foreach (var (start, length) in Streams(content))
        {
            try
            {
                // A Flate stream is a zlib stream; one that is not (another filter, or raw data) is left to the reader.
                if (length < 2 || content[start] != 0x78) continue;
                using var inflating = new ZLibStream(new MemoryStream(content, start, length, writable: false), CompressionMode.Decompress);
                int read;
                while ((read = inflating.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                    if (total > MaxInflatedBytes) throw new ListFileException(ImportText.Get("ListFilePdfTooLarge", fileName, MaxInflatedBytes / 1024 / 1024));
                }
            }
            catch (InvalidDataException)
            {
                // Damaged or not zlib after all: PdfPig says what it makes of it.
            }
        }
    }

    /// <summary>Where each stream's data lies: after "stream" and its end of line, up to "endstream".</summary>
    private static List<(int Start, int Length)> Streams(byte[] content)
    {
        var streams = new List<(int, int)>();
        var span = content.AsSpan();
        var at = 0;
        while (true)
        {
            var found = span[at..].IndexOf("stream"u8);
            if (found < 0) return streams;
            var start = at + found + "stream".Length;
            // "endstream" contains "stream": skip it.
            if (at + found >= 3 && span.Slice(at + found - 3, 3).SequenceEqual("end"u8)) { at = start; continue; }
            if (start < span.Length && span[start] == '\r') start++;
            if (start < span.Length && span[start] == '\n') start++;
            var end = span[start..].IndexOf("endstream"u8);
            if (end < 0) return streams;
            streams.Add((start, end));
            at = start + end + "endstream".Length;
        }
    }
}
