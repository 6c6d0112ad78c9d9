using System.Diagnostics;
using ImageMagick;
using Minsheng.Data;
using Minsheng.Photos;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>A small photo claiming an enormous size is refused from its header, before any decoder allocates for it.</summary>
public class RefusingMemoryBombs
{
    public static TheoryData<string, byte[], string> Bombs => new()
    {
        { "progressive JPEG 65500×65500", UploadBombs.ProgressiveJpegClaiming(65500, 65500), "65500×65500" },
        // A progressive JPEG is decoded whole, whatever size is asked for: its limit is lower than a baseline one's.
        { "progressive JPEG 8000×8000", UploadBombs.ProgressiveJpegClaiming(8000, 8000), "8000×8000" },
        { "baseline JPEG 24000×24000", UploadBombs.JpegClaiming(24000, 24000), "24000×24000" },
        { "PNG 60000×60000", UploadBombs.PngClaiming(60000, 60000), "60000×60000" },
        { "WebP 16000×16000", UploadBombs.WebPClaiming(16000, 16000), "16000×16000" },
        { "HEIC 60000×60000", UploadBombs.HeicClaiming(60000, 60000), "60000×60000" },
        { "PNG 40000×10", UploadBombs.PngClaiming(40000, 10), "40000×10" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_photo_claiming_too_many_pixels_is_refused_from_its_header_in_moments(string name, byte[] bomb, string claimed)
    {
        var clock = Stopwatch.StartNew();

        var refused = Assert.Throws<PhotoRefusedException>(() => PhotoImages.Process(bomb));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{name} took {clock.Elapsed}");
        Assert.Equal("PhotoTooManyPixels", refused.Key);
        Assert.Equal(claimed, $"{refused.Values[0]}×{refused.Values[1]}");
    }

    [Fact]
    public void Photos_within_the_limits_still_pass_in_every_format()
    {
        foreach (var format in new[] { MagickFormat.Jpeg, MagickFormat.Png, MagickFormat.WebP })
        {
            using var image = new MagickImage("plasma:", 2000, 1500) { Format = format };
            if (format == MagickFormat.Jpeg) image.Settings.Interlace = Interlace.Jpeg;

            var photo = PhotoImages.Process(image.ToByteArray());

            Assert.Equal((1600, 1200), (photo.Width, photo.Height));
        }
    }

    [Fact]
    public void The_image_library_has_hard_limits_and_no_disk_to_spill_to()
    {
        PhotoImages.LimitResources();

        Assert.Equal(0UL, ResourceLimits.Disk);
        Assert.InRange(ResourceLimits.Memory, 1UL, 512UL * 1024 * 1024);
        Assert.InRange(ResourceLimits.Width, 1UL, 32_768UL);
        Assert.InRange(ResourceLimits.Height, 1UL, 32_768UL);
        Assert.InRange(ResourceLimits.Area, 1UL, 256_000_000UL);
        Assert.InRange(ResourceLimits.ListLength, 1UL, 16UL);
    }

    [Theory, BothProviders]
    public async Task The_65500_squared_progressive_jpeg_sent_to_the_api_is_refused_naming_its_size_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var clock = Stopwatch.StartNew();

        var response = await (await app.AdminAsync()).PostAsync($"/api/plans/{planId}/projects/01-01/photos",
            new MultipartFormDataContent { { new ByteArrayContent(UploadBombs.ProgressiveJpegClaiming(65500, 65500)), "file", "炸弹.jpg" } });
        var refused = await Expect.ProblemNaming("file", response);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(["像素过多（65500×65500），请缩小后再上传"], refused);
        Assert.Equal(0, app.WithDb(db => db.Photos.Count()));
        Assert.Equal(0, app.WithDb(db => db.PhotoImages.Count()));
    }
}
