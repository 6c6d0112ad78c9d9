using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Minsheng.Accounts;
using Minsheng.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Minsheng.Tests;

/// <summary>
/// The built app as a real process on the demo, sent eight malicious uploads at once (JPEG and PNG bombs to the
/// photo API, a workbook inflating to 300 MB to the sites page, a Word document inflating to 300 MB to the list
/// preview) while its memory is sampled from /proc: the peak stays under 1 GB and the server still answers.
/// </summary>
public class SurvivingEightBombsAtOnce(ITestOutputHelper output)
{
    private const long OneGigabyte = 1024L * 1024 * 1024;

    [Fact]
    public async Task Eight_concurrent_bombs_are_refused_and_the_process_stays_under_one_gigabyte()
    {
        // tests/Minsheng.Tests/bin/<Configuration>/net10.0 → src/Minsheng/bin/<Configuration>/net10.0: CI builds Release.
        var tests = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var binary = Path.Combine(Repository.Host, "bin", tests.Parent!.Name, tests.Name, "minsheng");
        Assert.True(File.Exists(binary), $"Build the app first: no {binary}");
        var data = Directory.CreateTempSubdirectory("minsheng-bombs-");
        var port = FreePort();
        var start = new ProcessStartInfo(binary, ["--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = data.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Demo__Enabled"] = "true",
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Minsheng"] = $"Data Source={Path.Combine(data.FullName, "minsheng.db")}",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        using var app = Process.Start(start)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(60),
            };
            // As a browser on the app's own page: the cross-site guard refuses a cookie without its origin.
            client.DefaultRequestHeaders.Add("Origin", $"http://127.0.0.1:{port}");
            await WaitForAsync(client, app);
            var rssAtRest = Status(app.Id, "VmRSS");
            await Expect.Status(HttpStatusCode.OK, await client.PostAsJsonAsync("/api/account/login", new LoginRequest("office", AccountSeeding.DemoPassword)));
            var sitesToken = PageForm.Token(await client.GetStringAsync("/sites?plan=1"));
            var importsToken = PageForm.Token(await client.GetStringAsync("/imports"));

            var jpeg = UploadBombs.ProgressiveJpegClaiming(65500, 65500);
            var png = UploadBombs.PngClaiming(60000, 60000);
            var xlsx = UploadBombs.XlsxInflatingTo(300);
            var docx = UploadBombs.DocxInflatingTo(300);
            MultipartFormDataContent Photo(byte[] file, string name) => new() { { new ByteArrayContent(file), "file", name } };
            MultipartFormDataContent Sheet() => new() { { new ByteArrayContent(xlsx), "sheet", "点位.xlsx" }, { new StringContent(sitesToken), "__RequestVerificationToken" } };
            MultipartFormDataContent List() => new() { { new ByteArrayContent(docx), "list", "清单.docx" }, { new StringContent(importsToken), "__RequestVerificationToken" }, { new StringContent(""), "year" }, { new StringContent(""), "region" } };

            using var sampling = new CancellationTokenSource();
            var peakSampled = 0L;
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peakSampled = Math.Max(peakSampled, Status(app.Id, "VmRSS"));
                    await Task.Delay(20);
                }
            });
            var clock = Stopwatch.StartNew();
            var responses = await Task.WhenAll(
                client.PostAsync("/api/plans/1/projects/01-01/photos", Photo(jpeg, "1.jpg")),
                client.PostAsync("/api/plans/1/projects/01-01/photos", Photo(jpeg, "2.jpg")),
                client.PostAsync("/api/plans/1/projects/01-01/photos", Photo(png, "3.png")),
                client.PostAsync("/api/plans/1/projects/01-01/photos", Photo(png, "4.png")),
                client.PostAsync("/sites?plan=1&handler=Sheet", Sheet()),
                client.PostAsync("/sites?plan=1&handler=Sheet", Sheet()),
                client.PostAsync("/imports?handler=Preview", List()),
                client.PostAsync("/imports?handler=Preview", List()));
            var elapsed = clock.Elapsed;
            var stillAnswers = await client.GetAsync("/public/1");
            await sampling.CancelAsync();
            await sampler;
            var peak = Status(app.Id, "VmHWM");

            var statuses = responses.Select(r => (int)r.StatusCode).ToList();
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            output.WriteLine($"8 bombs in {elapsed.TotalSeconds:F1} s; statuses {string.Join(", ", statuses)}; RSS at rest {rssAtRest / 1024 / 1024} MB, peak sampled {peakSampled / 1024 / 1024} MB, VmHWM {peak / 1024 / 1024} MB");
            Assert.All(statuses, status => Assert.True(status is 400 or 200 or 503, $"status {status}"));
            Assert.All(bodies.Take(4), body => Assert.True(body.Contains("像素过多") || body.Contains("服务器繁忙"), body));
            Assert.All(bodies.Skip(4), body => Assert.True(body.Contains("zip 炸弹") || body.Contains("服务器繁忙"), body[..Math.Min(body.Length, 500)]));
            Assert.InRange(peak, 1, OneGigabyte);
            await Expect.Status(HttpStatusCode.OK, stillAnswers);
            Assert.False(app.HasExited);
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    /// <summary>A line of /proc/PID/status in bytes (VmRSS: the memory now; VmHWM: its peak since the start).</summary>
    private static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private static async Task WaitForAsync(HttpClient client, Process app)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            Assert.False(app.HasExited, "the app stopped while starting");
            try
            {
                if ((await client.GetAsync("/public/1")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        Assert.Fail("the app did not answer within a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}
