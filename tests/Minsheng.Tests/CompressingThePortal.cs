using System.IO.Compression;
using System.Net.Http.Headers;
using Minsheng.Data;
using Minsheng.Tests.Infrastructure;

namespace Minsheng.Tests;

/// <summary>
/// What the portal serves to everyone from memory goes out compressed (a resident's phone on a slow network reads a
/// ninth of the programme page's bytes); nothing that carries a visitor's form, a signed-in page or a download with
/// its own ETag is compressed.
/// </summary>
public class CompressingThePortal
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_programme_page_the_map_and_its_json_go_out_compressed_and_read_the_same(string encoding)
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        using var plain = app.CreateClient();

        foreach (var path in new[] { "/public/1", "/public/1/map", "/api/public/plans/1", "/api/public/plans/1/sites" })
        {
            var expected = await plain.GetStringAsync(path);
            // Twice: the first answer fills the cache, the second comes from it.
            foreach (var _ in new[] { "filled", "cached" })
            {
                var response = await GetAsync(app, path, encoding);
                var bytes = await response.Content.ReadAsByteArrayAsync();

                Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
                Assert.Contains("Accept-Encoding", response.Headers.Vary);
                Assert.Equal(expected, Decompress(bytes, encoding));
                Assert.True(bytes.Length * 2 < System.Text.Encoding.UTF8.GetByteCount(expected), $"{path}: {bytes.Length} bytes compressed");
            }
        }
        // A client that asks for no encoding after one that did gets the plain answer, not the cached compressed one.
        var after = await plain.GetAsync("/public/1");
        Assert.Empty(after.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_feedback_form_signed_in_pages_api_and_open_data_are_never_compressed()
    {
        await using var app = await MinshengApp.StartAsync(DatabaseProvider.Sqlite, demo: true);
        var office = await app.AdminAsync();

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            // Carries an antiforgery token beside what a visitor typed: compression would open it to BREACH.
            ["feedback form"] = await GetAsync(app, "/public/1/projects/01-01/feedback", "br"),
            ["open data csv"] = await GetAsync(app, "/open/plans/1/indicators.csv", "br"),
            ["open data plan"] = await GetAsync(app, "/open/plans/1/plan.json", "br"),
            ["dashboard"] = await office.SendAsync(Request("/", "br")),
            ["summary api"] = await office.SendAsync(Request("/api/plans/1/summary", "br")),
        };

        foreach (var (name, response) in responses)
        {
            Assert.True(response.IsSuccessStatusCode, $"{name}: {response.StatusCode}");
            Assert.True(response.Content.Headers.ContentEncoding.Count == 0, $"{name} is compressed");
        }
    }

    private static Task<HttpResponseMessage> GetAsync(MinshengApp app, string path, string encoding) =>
        app.CreateClient().SendAsync(Request(path, encoding));

    private static HttpRequestMessage Request(string path, string encoding) =>
        new(HttpMethod.Get, path) { Headers = { AcceptEncoding = { new StringWithQualityHeaderValue(encoding) } } };

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decompressing = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressing);
        return reader.ReadToEnd();
    }
}
