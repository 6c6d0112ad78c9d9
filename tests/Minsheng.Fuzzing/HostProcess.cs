using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Minsheng.Fuzzing;

/// <summary>The built Minsheng executable as a child process on its own SQLite file and loopback port, with the demo's accounts.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private HostProcess(Process process, string folder, string address, string databaseFile)
    {
        _process = process;
        _folder = folder;
        Address = address;
        DatabaseFile = databaseFile;
    }

    public string Address { get; }

    public string DatabaseFile { get; }

    public int Id => _process.Id;

    public static async Task<HostProcess> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"minsheng-fuzz-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var databaseFile = Path.Combine(folder, "fuzz.db");
        var address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [HostDll()])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Urls"] = address,
                ["Database__Provider"] = "Sqlite",
                ["ConnectionStrings__Minsheng"] = $"Data Source={databaseFile}",
                ["Demo__Enabled"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        var process = Process.Start(start)!;
        // Drain the console so that the child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, folder, address, databaseFile);
        await host.WaitUntilListeningAsync();
        return host;
    }

    /// <summary>The peak resident memory of the host so far (VmHWM), in bytes.</summary>
    public long PeakRssBytes() => StatusKilobytes("VmHWM:") * 1024;

    public long RssBytes() => StatusKilobytes("VmRSS:") * 1024;

    public bool HasExited => _process.HasExited;

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // Generous: a loaded CI machine migrates and seeds the demo slowly.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The host exited with {_process.ExitCode} before it listened.");
            try
            {
                var response = await client.GetAsync($"{Address}/api/public/plans");
                if ((int)response.StatusCode < 500) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(300);
        }
        throw new TimeoutException("The host did not listen within 180 s.");
    }

    private static string HostDll()
    {
        // tests/Minsheng.Fuzzing/bin/<Configuration>/net10.0 → src/Minsheng/bin/<Configuration>/net10.0
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Minsheng.slnx"))) root = root.Parent;
        var dll = Path.Combine(root!.FullName, "src", "Minsheng", "bin", configuration, framework, "minsheng.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("Build the host first.", dll);
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
