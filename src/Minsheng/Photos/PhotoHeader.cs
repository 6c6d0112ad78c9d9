using System.Buffers.Binary;
using ImageMagick;

namespace Minsheng.Photos;

/// <summary>The size a photo's header claims, and whether a JPEG is progressive (decoded whole, at its full size).</summary>
public sealed record ClaimedSize(long Width, long Height, bool Progressive = false)
{
    public long Pixels => Width * Height;
}

/// <summary>
/// Reads the claimed size of a photo from its own bytes, before any library decodes it. A decoder told to
/// shrink (the JPEG size hint) reports the shrunk size, which hid a 65500×65500 progressive JPEG from the check.
/// </summary>
public static class PhotoHeader
{
    /// <summary>The claimed size, or null when the header cannot be found (a file that no decoder should see).</summary>
    public static ClaimedSize? Read(ReadOnlySpan<byte> file, MagickFormat format) => format switch
    {
        MagickFormat.Jpeg => Jpeg(file),
        MagickFormat.Png => Png(file),
        MagickFormat.WebP => WebP(file),
        MagickFormat.Heic => Heif(file),
        _ => null,
    };

    private static ClaimedSize? Jpeg(ReadOnlySpan<byte> file)
    {
        var at = 2;
        while (at + 4 <= file.Length)
        {
            if (file[at] != 0xFF) return null;
            var marker = file[at + 1];
            if (marker == 0xFF) { at++; continue; }
            // Markers without a length: restarts, TEM.
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) { at += 2; continue; }
            if (marker is 0xD9 or 0xDA) return null; // the image's data (or its end) before any frame header
            var length = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 2)..]);
            if (length < 2) return null;
            var isFrame = marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                if (at + 9 > file.Length) return null;
                var height = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(file[(at + 7)..]);
                // A height of 0 is given later (DNL): unknown, so refused.
                if (height == 0 || width == 0) return null;
                return new ClaimedSize(width, height, Progressive: marker is 0xC2 or 0xC6 or 0xCA or 0xCE);
            }
            at += 2 + length;
        }
        return null;
    }

    private static ClaimedSize? Png(ReadOnlySpan<byte> file) =>
        file.Length >= 24 && file[12..16].SequenceEqual("IHDR"u8)
            ? new ClaimedSize(BinaryPrimitives.ReadUInt32BigEndian(file[16..]), BinaryPrimitives.ReadUInt32BigEndian(file[20..]))
            : null;

    private static ClaimedSize? WebP(ReadOnlySpan<byte> file)
    {
        if (file.Length < 30) return null;
        var chunk = file[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (!file[23..26].SequenceEqual((ReadOnlySpan<byte>)[0x9D, 0x01, 0x2A])) return null;
            return new ClaimedSize(BinaryPrimitives.ReadUInt16LittleEndian(file[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(file[28..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (file[20] != 0x2F) return null;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(file[21..]);
            return new ClaimedSize((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return new ClaimedSize(UInt24(file[24..]) + 1, UInt24(file[27..]) + 1);
        }
        return null;
    }

    private static long UInt24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    /// <summary>
    /// HEIC keeps every image's size in an 'ispe' property (the whole picture's and each tile's):
    /// the widest and the tallest count, so that no claim inside the file is left unread.
    /// </summary>
    private static ClaimedSize? Heif(ReadOnlySpan<byte> file)
    {
        long width = 0, height = 0;
        for (var at = file.IndexOf("ispe"u8); at >= 0; )
        {
            // The box: size, 'ispe', version and flags, width, height.
            if (at + 16 > file.Length) break;
            width = Math.Max(width, BinaryPrimitives.ReadUInt32BigEndian(file[(at + 8)..]));
            height = Math.Max(height, BinaryPrimitives.ReadUInt32BigEndian(file[(at + 12)..]));
            var next = file[(at + 4)..].IndexOf("ispe"u8);
            at = next < 0 ? -1 : at + 4 + next;
        }
        return width > 0 && height > 0 ? new ClaimedSize(width, height) : null;
    }
}
