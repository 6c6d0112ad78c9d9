using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ImageMagick;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>Heavy uploads are processed a few at a time; one that cannot get its turn soon hears that the server is busy.</summary>
public class QueueingHeavyUploads
{
    /// <summary>A multipart photo upload whose body stops half-way until released: an upload in progress, holding its turn.</summary>
    private sealed class HeldUpload(byte[] photo, Task release) : HttpContent
    {
        private const string Boundary = "held-upload";

        public HeldUpload Typed()
        {
            Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
            return this;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"));
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(photo);
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n"));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private static byte[] Photo(string color)
    {
        using var image = new MagickImage(new MagickColor(color), 64, 48) { Format = MagickFormat.Png };
        return image.ToByteArray();
    }

    [Theory, BothProviders]
    public async Task An_upload_beyond_the_concurrent_limit_gets_503_with_retry_after_and_stores_nothing_then_the_next_one_passes(DatabaseProvider provider)
    {
        await using var app = await MinshengApp.StartAsync(provider, settings: new Dictionary<string, string> { ["Uploads:Concurrent"] = "1", ["Uploads:WaitSeconds"] = "0.3" });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();
        var url = $"/api/plans/{planId}/projects/01-01/photos";
        var release = new TaskCompletionSource();

        var held = office.PostAsync(url, new HeldUpload(Photo("#204080"), release.Task).Typed());
        HttpResponseMessage? busy = null;
        for (var attempt = 0; attempt < 50 && busy is null; attempt++)
        {
            var response = await office.PostAsync(url, new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.png" } });
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable) busy = response;
            else await Task.Delay(100);
        }
        var stored = app.WithDb(db => db.Photos.Count());
        release.SetResult();
        var first = await held;
        var after = await office.PostAsync(url, new MultipartFormDataContent { { new ByteArrayContent(Photo("#802040")), "file", "b.png" } });

        Assert.NotNull(busy);
        Assert.Equal("application/problem+json", busy.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await busy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("服务器繁忙，请稍后再试", problem.GetProperty("title").GetString());
        Assert.True(busy.Headers.RetryAfter?.Delta > TimeSpan.Zero, "no Retry-After");
        Assert.Equal(0, stored);
        await Expect.Status(HttpStatusCode.Created, first);
        await Expect.Status(HttpStatusCode.Created, after);
        Assert.Equal(2, app.WithDb(db => db.Photos.Count()));
    }

    [Fact]
    public async Task Uploads_within_the_limit_wait_their_turn_instead_of_being_refused()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["Uploads:Concurrent"] = "1", ["Uploads:WaitSeconds"] = "30" });
        var planId = await app.ImportAsync(SamplePlans.Lianyungang());
        var office = await app.AdminAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            office.PostAsync($"/api/plans/{planId}/projects/01-01/photos", new MultipartFormDataContent { { new ByteArrayContent(Photo($"#1020{i}0")), "file", $"{i}.png" } })));

        foreach (var response in responses) await Expect.Status(HttpStatusCode.Created, response);
        Assert.Equal(4, app.WithDb(db => db.Photos.Count()));
    }
}
