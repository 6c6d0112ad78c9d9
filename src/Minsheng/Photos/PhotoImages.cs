using System.Globalization;
using ImageMagick;

namespace Minsheng.Photos;

/// <summary>A photo as stored: re-encoded as JPEG, upright, without metadata, in two sizes.</summary>
public sealed record ProcessedPhoto(byte[] Full, byte[] Small, int Width, int Height, DateOnly? TakenOn);

/// <summary>Why an uploaded file is not taken as a photo; the key names its message in PhotoText.resx.</summary>
public sealed class PhotoRefusedException(string key, params object?[] values) : Exception(key)
{
    public string Key { get; } = key;

    public object?[] Values { get; } = values;
}

/// <summary>
/// Turns an uploaded photo into what the public pages show. The file's first bytes must say JPEG, PNG, WebP
/// or HEIC, and the decoder is told that format, so nothing else (SVG, PostScript, scripts) reaches it.
/// Re-encoding drops what a phone writes into a photo (location, device, owner) and anything hidden in it.
/// </summary>
public static class PhotoImages
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    /// <summary>Room above the photo's own limit, so that a file well over it hears why rather than the server cutting it off.</summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    /// <summary>Longest side of the image a project page opens, and of the one lists show.</summary>
    public const int FullSide = 1600;
    public const int SmallSide = 480;

    // A 32 KB PNG may claim a hundred million pixels and take seconds and hundreds of megabytes to decode:
    // such a file is refused before it is decoded. A baseline JPEG is decoded shrunk (see below), so it may be larger;
    // a progressive one is not: libjpeg holds the whole picture's coefficients (3-6 bytes a pixel) whatever size is asked.
    private const long MaxPixels = 50_000_000;
    private const long MaxProgressivePixels = 30_000_000;
    private const long MaxJpegPixels = 250_000_000;
    private const long MaxSide = 32_768;

    static PhotoImages() => LimitResources();

    /// <summary>
    /// ImageMagick's hard limits, for the whole process: whatever a file claims, decoding it fails rather than
    /// take more. No disk: an image over the memory limit is refused, not written to a temporary file.
    /// </summary>
    public static void LimitResources()
    {
        ResourceLimits.Width = MaxSide;
        ResourceLimits.Height = MaxSide;
        ResourceLimits.Area = 256_000_000;
        ResourceLimits.Memory = 512UL * 1024 * 1024;
        ResourceLimits.MaxMemoryRequest = 256UL * 1024 * 1024;
        ResourceLimits.Disk = 0;
        ResourceLimits.ListLength = 16;
        ResourceLimits.Time = 60;
        ResourceLimits.Thread = Math.Min(ResourceLimits.Thread, 2);
    }

    /// <summary>Refuses a photo whose header claims more than its format may be decoded with, or that has no readable header.</summary>
    public static ClaimedSize CheckClaimedSize(byte[] upload, MagickFormat format)
    {
        var claimed = PhotoHeader.Read(upload, format) ?? throw new PhotoRefusedException("PhotoUnreadable");
        var limit = format != MagickFormat.Jpeg ? MaxPixels : claimed.Progressive ? MaxProgressivePixels : MaxJpegPixels;
        if (claimed.Pixels > limit || Math.Max(claimed.Width, claimed.Height) > MaxSide)
            throw new PhotoRefusedException("PhotoTooManyPixels", claimed.Width, claimed.Height);
        return claimed;
    }

    public static ProcessedPhoto Process(byte[] upload)
    {
        if (upload.Length == 0) throw new PhotoRefusedException("PhotoEmpty");
        if (upload.Length > MaxUploadBytes) throw new PhotoRefusedException("PhotoTooLarge", MaxUploadBytes / 1024 / 1024);
        if (FormatOf(upload) is not { } format) throw new PhotoRefusedException("PhotoNotAnImage");
        CheckClaimedSize(upload, format);

        var settings = new MagickReadSettings { Format = format };
        // The JPEG decoder scales by 1/2, 1/4 or 1/8 while decoding when told the size wanted: a 48-megapixel photo costs a sixteenth.
        if (format == MagickFormat.Jpeg) settings.SetDefine(MagickFormat.Jpeg, "size", $"{FullSide}x{FullSide}");
        try
        {
            // A second opinion from the library, without the size hint (which would report the shrunk size).
            var info = new MagickImageInfo(upload, new MagickReadSettings { Format = format });
            if ((long)info.Width * info.Height > (format == MagickFormat.Jpeg ? MaxJpegPixels : MaxPixels))
                throw new PhotoRefusedException("PhotoTooManyPixels", info.Width, info.Height);

            using var image = new MagickImage();
            // A cut-off upload decodes with a warning and a grey lower half: refused rather than shown.
            var corrupt = false;
            image.Warning += (_, warning) => corrupt |= warning.Exception is MagickCorruptImageWarningException;
            image.Read(upload, settings);
            if (corrupt) throw new PhotoRefusedException("PhotoUnreadable");
            image.AutoOrient();
            var takenOn = TakenOn(image);
            // Colours are carried into sRGB before the profile goes, or a phone's Display P3 or Adobe RGB photo fades.
            if (image.GetColorProfile() is not null) image.TransformColorSpace(ColorProfiles.SRGB);
            image.Strip();
            if (image.HasAlpha)
            {
                image.BackgroundColor = MagickColors.White;
                image.Alpha(AlphaAction.Remove);
            }
            image.ColorSpace = ColorSpace.sRGB;

            var full = Encode(image, FullSide, out var width, out var height);
            var small = Encode(image, SmallSide, out _, out _);
            return new ProcessedPhoto(full, small, width, height, takenOn);
        }
        catch (MagickException)
        {
            throw new PhotoRefusedException("PhotoUnreadable");
        }
    }

    private static byte[] Encode(MagickImage image, int side, out int width, out int height)
    {
        using var copy = image.Clone();
        copy.Resize(new MagickGeometry((uint)side, (uint)side) { Greater = true });
        copy.Format = MagickFormat.Jpeg;
        copy.Quality = 82;
        copy.Settings.Interlace = Interlace.Jpeg;
        (width, height) = ((int)copy.Width, (int)copy.Height);
        return copy.ToByteArray();
    }

    /// <summary>The day the camera says it took the photo (EXIF DateTimeOriginal, "2024:06:18 10:22:31").</summary>
    private static DateOnly? TakenOn(MagickImage image)
    {
        var value = image.GetExifProfile()?.GetValue(ExifTag.DateTimeOriginal)?.Value;
        return value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy:MM:dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    private static MagickFormat? FormatOf(byte[] file)
    {
        ReadOnlySpan<byte> bytes = file;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return MagickFormat.Jpeg;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return MagickFormat.Png;
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return MagickFormat.WebP;
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && IsHeifBrand(bytes[8..12])) return MagickFormat.Heic;
        return null;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) =>
        brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8) || brand.SequenceEqual("msf1"u8);
}
