using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ImageMagick;
using Minsheng.Accounts;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>The office and the lead unit put photos of the work on a project's public page; the public sees them without what the camera wrote into them.</summary>
public class ShowingPhotos
{
    /// <summary>A phone's photo: 4000×3000, with the place and the day it was taken and the camera's make written into it.</summary>
    private static byte[] PhoneJpeg(string color = "#6b8e23", string taken = "2023:06:18 10:22:31")
    {
        using var image = new MagickImage(new MagickColor(color), 4000, 3000);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.DateTimeOriginal, taken);
        exif.SetValue(ExifTag.Make, "SecretPhoneMaker");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(34, 1), new Rational(36, 1), new Rational(0, 1)]);
        image.SetProfile(exif);
        image.Format = MagickFormat.Jpeg;
        return image.ToByteArray();
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, int planId, byte[] file, string fileName = "现场.jpg", string? caption = "主体结构封顶", int? siteId = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        if (caption is not null) form.Add(new StringContent(caption), "caption");
        if (siteId is not null) form.Add(new StringContent(siteId.ToString()!), "siteId");
        return client.PostAsync($"/api/plans/{planId}/projects/01-01/photos", form);
    }

    [Theory, BothProviders]
    public async Task A_photo_the_office_uploads_is_on_the_public_page_upright_small_and_without_what_the_camera_wrote(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        using var resident = app.CreateClient();
        var pageBefore = await resident.GetStringAsync($"/public/{planId}");

        var uploaded = await UploadAsync(office, planId, PhoneJpeg());
        var photo = await uploaded.Content.ReadFromJsonAsync<JsonElement>();
        var project = await resident.GetFromJsonAsync<JsonElement>($"/api/public/plans/{planId}/projects/01-01");
        var programme = await resident.GetFromJsonAsync<JsonElement>($"/api/public/plans/{planId}");
        var projectPage = await resident.GetStringAsync($"/public/{planId}/projects/01-01");
        var programmePage = await resident.GetStringAsync($"/public/{planId}");
        var full = await resident.GetAsync(photo.GetProperty("url").GetString());
        var small = await resident.GetAsync(photo.GetProperty("smallUrl").GetString());
        using var fullImage = new MagickImage(await full.Content.ReadAsByteArrayAsync());
        using var smallImage = new MagickImage(await small.Content.ReadAsByteArrayAsync());

        await Expect.Status(HttpStatusCode.Created, uploaded);
        var shown = Assert.Single(project.GetProperty("photos").EnumerateArray());
        Assert.Equal("主体结构封顶", shown.GetProperty("caption").GetString());
        Assert.Equal("2023-06-18", shown.GetProperty("takenOn").GetString());
        Assert.Equal(photo.GetProperty("id").GetInt64(), programme.GetProperty("categories")[0].GetProperty("projects")[0].GetProperty("photo").GetProperty("id").GetInt64());
        Assert.Contains(photo.GetProperty("smallUrl").GetString()!, projectPage);
        Assert.Contains("摄于2023年6月18日", projectPage);
        Assert.DoesNotContain("/public/photos/", pageBefore);
        Assert.Contains(photo.GetProperty("smallUrl").GetString()!, programmePage);
        Assert.Equal("image/jpeg", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal((1600u, 1200u), (fullImage.Width, fullImage.Height));
        Assert.Equal((480u, 360u), (smallImage.Width, smallImage.Height));
        Assert.Null(fullImage.GetExifProfile());
        Assert.DoesNotContain("SecretPhoneMaker", System.Text.Encoding.Latin1.GetString(await full.Content.ReadAsByteArrayAsync()));
        Assert.True(full.Headers.CacheControl?.NoCache);
        Assert.NotNull(full.Headers.ETag);
    }

    [Fact]
    public async Task Colours_of_a_wide_gamut_photo_stay_as_they_were_and_a_camera_date_after_today_is_not_taken()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        // A photo in Adobe RGB with its profile, as a camera writes it, of the sRGB colour #20C040.
        using var adobe = new MagickImage(new MagickColor("#20C040"), 400, 300);
        adobe.SetProfile(ColorProfiles.SRGB);
        adobe.TransformColorSpace(ColorProfiles.AdobeRGB1998);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.DateTimeOriginal, "2999:01:01 08:00:00");
        adobe.SetProfile(exif);
        adobe.Format = MagickFormat.Jpeg;

        var uploaded = await (await UploadAsync(office, planId, adobe.ToByteArray())).Content.ReadFromJsonAsync<JsonElement>();
        using var served = new MagickImage(await app.CreateClient().GetByteArrayAsync(uploaded.GetProperty("url").GetString()));
        var pixel = served.GetPixels().GetPixel(200, 150).ToColor()!;

        Assert.Equal(JsonValueKind.Null, uploaded.GetProperty("takenOn").ValueKind);
        Assert.InRange(pixel.R, 0x20 - 8, 0x20 + 8);
        Assert.InRange(pixel.G, 0xC0 - 8, 0xC0 + 8);
        Assert.InRange(pixel.B, 0x40 - 8, 0x40 + 8);
    }

    [Fact]
    public async Task A_small_file_claiming_more_than_fifty_megapixels_is_refused_before_it_is_decoded()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());

        var refused = await Expect.ProblemNaming("file", await UploadAsync(await app.AdminAsync(), planId, UploadBombs.PngClaiming(10_000, 5_100)));

        Assert.Equal(["像素过多（10000×5100），请缩小后再上传"], refused);
    }

    [Theory, BothProviders]
    public async Task The_same_file_uploaded_twice_is_stored_once(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var file = PhoneJpeg();

        var first = await UploadAsync(office, planId, file);
        var second = await UploadAsync(office, planId, file);

        await Expect.Status(HttpStatusCode.Created, first);
        await Expect.Status(HttpStatusCode.OK, second);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64());
        Assert.Equal(1, app.WithDb(db => db.Photos.Count()));
    }

    [Theory, BothProviders]
    public async Task The_same_file_uploaded_three_times_at_once_is_stored_once_and_again_after_it_was_removed(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var file = PhoneJpeg();

        var atOnce = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => UploadAsync(office, planId, file)));
        var ids = await Task.WhenAll(atOnce.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()));
        await Expect.Status(HttpStatusCode.NoContent, await office.DeleteAsync($"/api/plans/{planId}/photos/{ids[0]}"));
        var afterRemoval = await UploadAsync(office, planId, file);

        Assert.All(atOnce, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(ids.Distinct());
        await Expect.Status(HttpStatusCode.Created, afterRemoval);
        Assert.Equal(2, app.WithDb(db => db.Photos.Count()));
    }

    [Theory, BothProviders]
    public async Task A_file_that_is_not_a_photo_is_refused_saying_why_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();
        var truncated = PhoneJpeg()[..2000];

        var svgNamedJpeg = await Expect.ProblemNaming("file", await UploadAsync(office, planId, svg, "照片.jpg"));
        var broken = await Expect.ProblemNaming("file", await UploadAsync(office, planId, truncated));
        var empty = await Expect.ProblemNaming("file", await UploadAsync(office, planId, []));
        var longCaption = await Expect.ProblemNaming("caption", await UploadAsync(office, planId, PhoneJpeg(), caption: new string('字', 201)));
        var otherProjectsSite = await Expect.ProblemNaming("siteId", await UploadAsync(office, planId, PhoneJpeg(), siteId: 999));

        Assert.Contains("不是照片，只接受 JPEG、PNG、WebP 或 HEIC 格式", svgNamedJpeg);
        Assert.Contains("文件已损坏或不完整，无法读取", broken);
        Assert.Contains("文件是空的", empty[0]);
        Assert.Contains("不能超过 200 个字", longCaption);
        Assert.Contains("该项目没有编号为 999 的点位", otherProjectsSite);
        Assert.Equal(0, app.WithDb(db => db.Photos.Count() + db.PhotoImages.Count()));
    }

    [Theory, BothProviders]
    public async Task The_lead_unit_adds_photos_to_its_own_projects_only(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var leadUnit = await app.ClientAsAsync(Roles.Reporter, "市教育局");
        var otherUnit = await app.ClientAsAsync(Roles.Reviewer, "市人社局");
        var leader = await app.ClientAsAsync(Roles.Leader);

        await Expect.Status(HttpStatusCode.Created, await UploadAsync(leadUnit, planId, PhoneJpeg("#336699")));
        await Expect.Status(HttpStatusCode.Forbidden, await UploadAsync(otherUnit, planId, PhoneJpeg("#993366")));
        await Expect.Status(HttpStatusCode.Forbidden, await UploadAsync(leader, planId, PhoneJpeg("#669933")));
        Assert.StartsWith("reporter-", app.WithDb(db => db.Photos.Single().UploadedBy));
    }

    [Theory, BothProviders]
    public async Task A_removed_photo_leaves_the_public_pages_and_the_served_images_at_once_and_is_kept_with_who_removed_it(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        using var resident = app.CreateClient();
        var photo = await (await UploadAsync(office, planId, PhoneJpeg())).Content.ReadFromJsonAsync<JsonElement>();
        var id = photo.GetProperty("id").GetInt64();
        var shownBefore = await resident.GetStringAsync($"/public/{planId}/projects/01-01");
        var imageBefore = await resident.GetAsync(photo.GetProperty("url").GetString());
        var imageCached = await resident.GetAsync(photo.GetProperty("url").GetString());

        await Expect.Status(HttpStatusCode.NoContent, await office.DeleteAsync($"/api/plans/{planId}/photos/{id}"));
        var again = await office.DeleteAsync($"/api/plans/{planId}/photos/{id}");
        var page = await resident.GetStringAsync($"/public/{planId}/projects/01-01");
        var json = await resident.GetFromJsonAsync<JsonElement>($"/api/public/plans/{planId}/projects/01-01");
        var image = await resident.GetAsync(photo.GetProperty("url").GetString());

        Assert.Contains(photo.GetProperty("smallUrl").GetString()!, shownBefore);
        await Expect.Status(HttpStatusCode.OK, imageBefore);
        Assert.NotNull(imageCached.Headers.Age);
        Assert.Contains("这张照片已经撤下", (await Expect.ProblemNaming("photo", again))[0]);
        Assert.DoesNotContain("/public/photos/", page);
        Assert.Equal(0, json.GetProperty("photos").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);
        var kept = app.WithDb(db => db.Photos.Single());
        Assert.NotNull(kept.RemovedAt);
        Assert.False(string.IsNullOrEmpty(kept.RemovedBy));
        Assert.Equal(1, app.WithDb(db => db.PhotoImages.Count()));
    }

    [Theory, BothProviders]
    public async Task The_project_page_form_adds_a_photo_for_a_site_or_names_the_bad_field(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider);
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var site = await (await office.PostAsJsonAsync($"/api/plans/{planId}/sites", new { project = "01-01", name = "海州实验学校", latitude = 34.6, longitude = 119.2 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var siteId = site.GetProperty("id").GetInt32();
        var pageUrl = $"/plans/{planId}/projects/01-01";

        async Task<HttpResponseMessage> PostAsync(byte[] file, string takenOn) => await office.PostAsync($"{pageUrl}?handler=Photo", new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "Photo.File", "现场.png" },
            { new StringContent("操场铺设完成"), "Photo.Caption" },
            { new StringContent(takenOn), "Photo.TakenOn" },
            { new StringContent(siteId.ToString()), "Photo.SiteId" },
            { new StringContent(PageForm.Token(await office.GetStringAsync(pageUrl))), "__RequestVerificationToken" },
        });
        using var png = new MagickImage(new MagickColor("#80808080"), 800, 600) { Format = MagickFormat.Png };

        var future = await PostAsync(png.ToByteArray(), "2999-01-01");
        var futureHtml = await future.Content.ReadAsStringAsync();
        var added = await PostAsync(png.ToByteArray(), "2023-06-20");
        var internalPage = await office.GetStringAsync(pageUrl);
        var publicPage = await app.CreateClient().GetStringAsync($"/public/{planId}/projects/01-01");

        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("拍摄日期：不能晚于今天", futureHtml);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("照片已上传", internalPage);
        Assert.Contains("操场铺设完成", internalPage);
        Assert.Contains("海州实验学校", internalPage);
        Assert.Contains("操场铺设完成", publicPage);
        var stored = app.WithDb(db => db.Photos.Single());
        Assert.Equal((siteId, new DateOnly(2023, 6, 20), 800, 600), (stored.SiteId!.Value, stored.TakenOn!.Value, stored.Width, stored.Height));
    }
}
