using ImageMagick;
using ImageMagick.Drawing;
using Microsoft.EntityFrameworkCore;
using Minsheng.Data;
using Minsheng.Photos;

namespace Minsheng.Demo;

/// <summary>
/// Photos for a few demo projects, so that the public pages show what they look like with photos. They are
/// drawn, not taken: a sky, the ground and blocks in the project's colours, stored as an upload would be.
/// </summary>
public static class DemoPhotos
{
    private static readonly (string Project, string Caption, DateOnly TakenOn, string Colour)[] Photos =
    [
        ("01-01", "配售型保障性住房主体结构施工", new DateOnly(2024, 9, 20), "#c9a27e"),
        ("01-01", "项目开工", new DateOnly(2024, 5, 8), "#b08d6e"),
        ("03-01", "供水旧管网改造现场", new DateOnly(2024, 8, 14), "#5b7fa6"),
        ("04-01", "农村公路大中修完工路段", new DateOnly(2024, 9, 2), "#6d6d6d"),
        ("05-02", "新开公交线路首班车", new DateOnly(2024, 7, 1), "#2e8b57"),
        ("08-01", "社区养老服务中心", new DateOnly(2024, 6, 26), "#d17b49"),
    ];

    public static async Task SeedAsync(MinshengDb db, int planId, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.Where(p => p.PlanId == planId).ToDictionaryAsync(p => p.Code, p => p.Id, cancellationToken);
        foreach (var (index, (project, caption, takenOn, colour)) in Photos.Index())
        {
            if (!projects.TryGetValue(project, out var projectId)) continue;
            var processed = PhotoImages.Process(Scene(colour, index));
            db.Photos.Add(new StoredPhoto
            {
                PlanId = planId,
                ProjectId = projectId,
                Caption = caption,
                TakenOn = takenOn,
                Width = processed.Width,
                Height = processed.Height,
                UploadHash = $"demo-{index}",
                UploadedBy = "office",
                // Uploaded from the site the day it was taken, or the next morning.
                UploadedAt = index % 2 == 0
                    ? DemoCalendar.At(takenOn.Year, takenOn.Month, takenOn.Day, 17, 40)
                    : DemoCalendar.At(takenOn.Year, takenOn.Month, takenOn.Day, 9, 15).AddDays(1),
                Image = new StoredPhotoImage { Full = processed.Full, Small = processed.Small },
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static byte[] Scene(string colour, int seed)
    {
        using var image = new MagickImage("gradient:#8ec5ff-#eef6ff", 1200, 900);
        var ground = new Drawables().FillColor(new MagickColor("#9c9a7a")).Rectangle(0, 640, 1200, 900);
        var random = new Random(seed);
        for (var x = 60; x < 1140; x += 150 + random.Next(60))
        {
            var height = 180 + random.Next(300);
            ground.FillColor(new MagickColor(colour)).Rectangle(x, 640 - height, x + 110, 640);
            ground.FillColor(new MagickColor("#f4f1e8")).Rectangle(x + 20, 660 - height, x + 45, 690 - height);
        }
        ground.Draw(image);
        image.Format = MagickFormat.Jpeg;
        return image.ToByteArray();
    }
}
