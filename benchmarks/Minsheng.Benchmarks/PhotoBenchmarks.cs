using BenchmarkDotNet.Attributes;
using ImageMagick;
using Minsheng.Photos;

namespace Minsheng.Benchmarks;

/// <summary>
/// A phone's 12-megapixel photo (4032×3024, a fractal texture so that it compresses like a photo, about
/// 4 MB) turned into what the public pages show: decoded, upright, stripped, re-encoded at 1600 and 480 px.
/// </summary>
[MemoryDiagnoser]
public class PhotoBenchmarks
{
    private byte[] _phonePhoto = null!;

    [GlobalSetup]
    public void SetUp()
    {
        using var image = new MagickImage("plasma:#6b8e23-#87ceeb", 4032, 3024);
        image.Format = MagickFormat.Jpeg;
        image.Quality = 92;
        _phonePhoto = image.ToByteArray();
        Console.WriteLine($"// phone photo: {_phonePhoto.Length / 1024} KB");
    }

    [Benchmark]
    public ProcessedPhoto PhonePhoto() => PhotoImages.Process(_phonePhoto);
}
