using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Minsheng.Fuzzing;

/// <summary>
/// The real host, as a child process with the demo, takes over a thousand malformed inputs (seeded) of every kind it reads:
/// it never answers 5xx, never takes 10 s, never changes a row for a refused batch, and stays under 1 GB.
/// </summary>
public partial class SendingMalformedInputs(ITestOutputHelper output)
{
    private const int Seed = 20261201;
    private static readonly TimeSpan Slowest = TimeSpan.FromSeconds(10);
    private const long MaxRssBytes = 1024L * 1024 * 1024;
    private const int BatchSize = 25;

    [Fact]
    public async Task Malformed_inputs_never_reach_a_server_error_a_hang_a_partial_save_or_a_gigabyte()
    {
        await using var host = await HostProcess.StartAsync();
        using var office = await SignedInAsync(host, "office");
        using var anonymous = Client(host);

        var document = JsonNode.Parse(await office.GetStringAsync("/api/plans/1/document"))!;
        var project = document["categories"]![0]!["projects"]![0]!;
        var projectCode = project["code"]!.GetValue<string>();
        var indicatorCode = project["indicators"]![0]!["code"]!.GetValue<string>();
        var period = $"{document["year"]}-06";
        var openApi = JsonNode.Parse(await office.GetStringAsync("/openapi/v1.json"))!;
        var pathValues = new Dictionary<string, string>
        {
            ["id"] = "1", ["projects/code"] = projectCode, ["indicators/code"] = indicatorCode, ["code"] = projectCode,
        };

        // A 15 MB note is refused by the JSON body limit before it is read (Kestrel enforces it; the test server does not).
        using var tooLarge = new HttpRequestMessage(HttpMethod.Post, "/api/plans/1/reports")
        {
            Content = new StringContent($$"""{"period":"{{period}}","projects":[{"code":"{{projectCode}}","note":"{{new string('注', 5 * 1024 * 1024)}}"}]}""", System.Text.Encoding.UTF8, "application/json"),
        };
        // The server answers before the body is sent, as a client that waits for 100-continue sees it.
        tooLarge.Headers.ExpectContinue = true;
        var huge = await office.SendAsync(tooLarge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);

        var cases = new FuzzCases(Seed);
        var all = cases.PlanDocuments(document)
            .Concat(cases.ApiBodies(openApi, pathValues))
            .Concat(cases.ListFiles())
            .Concat(cases.ReportSheets(period))
            .Concat(cases.Photos(projectCode))
            .Concat(cases.GeoJson())
            .ToList();

        var serverErrors = new List<string>();
        var slow = new List<string>();
        var partialSaves = new List<string>();
        var tokens = new Dictionary<string, string?>();
        int refusedBatches = 0, comparedBatches = 0, accepted = 0;
        var watch = Stopwatch.StartNew();

        foreach (var batch in all.GroupBy(c => c.Area).SelectMany(area => area.Chunk(BatchSize)))
        {
            var before = DatabaseSnapshot.Take(host.DatabaseFile);
            var allRefused = true;
            foreach (var fuzz in batch)
            {
                var client = fuzz.Anonymous ? anonymous : office;
                string? token = null;
                if (fuzz.FormPage is { } page && !tokens.TryGetValue(page, out token)) tokens[page] = token = await TokenAsync(client, page);
                using var request = new HttpRequestMessage(fuzz.Method, fuzz.Url) { Content = fuzz.Content(token) };
                var started = Stopwatch.StartNew();
                HttpResponseMessage response;
                try
                {
                    response = await client.SendAsync(request);
                    await response.Content.LoadIntoBufferAsync();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    serverErrors.Add($"{fuzz.Area} | {fuzz.Name}: no answer ({e.GetType().Name}){(host.HasExited ? ", the host died" : "")}");
                    if (host.HasExited) break;
                    continue;
                }
                var status = (int)response.StatusCode;
                if (started.Elapsed > Slowest) slow.Add($"{fuzz.Area} | {fuzz.Name}: {started.Elapsed.TotalSeconds:0.0} s");
                if (status >= 500)
                {
                    var line = $"{fuzz.Area} | {fuzz.Name}: {status} {Shorten(await response.Content.ReadAsStringAsync())}";
                    serverErrors.Add(line);
                }
                // A page's refusal is the page again with its message (200); an API's is 4xx.
                var refused = status >= 400 || (fuzz.FormPage is not null && status == 200);
                if (!refused)
                {
                    allRefused = false;
                    accepted++;
                }
            }
            if (host.HasExited) break;
            if (!allRefused) continue;
            refusedBatches++;
            comparedBatches++;
            var changed = DatabaseSnapshot.Take(host.DatabaseFile).ChangedSince(before).ToList();
            if (changed.Count > 0) partialSaves.Add($"{batch[0].Area} (cases {batch[0].Name} …): {string.Join(", ", changed)}");
        }

        var peak = host.HasExited ? 0 : host.PeakRssBytes();
        output.WriteLine($"{all.Count} inputs in {watch.Elapsed.TotalSeconds:0} s; {accepted} accepted; {comparedBatches} refused batches compared; peak RSS {peak / 1024 / 1024} MB");
        foreach (var group in all.GroupBy(c => c.Area.Split(' ')[0])) output.WriteLine($"  {group.Key}: {group.Count()} inputs");

        Assert.True(all.Count >= 1000, $"only {all.Count} inputs");
        Assert.False(host.HasExited, "the host died");
        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} server errors:\n{string.Join('\n', serverErrors.Take(40))}");
        Assert.True(slow.Count == 0, $"answers slower than {Slowest.TotalSeconds} s:\n{string.Join('\n', slow)}");
        Assert.True(partialSaves.Count == 0, $"refused batches that changed rows:\n{string.Join('\n', partialSaves)}");
        Assert.True(peak < MaxRssBytes, $"peak RSS {peak / 1024 / 1024} MB");
    }

    private static HttpClient Client(HostProcess host)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(host.Address),
            Timeout = TimeSpan.FromSeconds(30),
        };
        // Same-origin requests, as a browser of the product sends them.
        client.DefaultRequestHeaders.Add("Origin", host.Address);
        return client;
    }

    private static async Task<HttpClient> SignedInAsync(HostProcess host, string userName)
    {
        var client = Client(host);
        var response = await client.PostAsJsonAsync("/api/account/login", new { userName, password = "Minsheng#2024" });
        Assert.True(response.IsSuccessStatusCode, $"login: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    private static async Task<string?> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
