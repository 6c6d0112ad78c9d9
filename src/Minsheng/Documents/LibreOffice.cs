using System.ComponentModel;
using System.Diagnostics;

namespace Minsheng.Documents;

/// <summary>Why LibreOffice gave no file: not installed, busy with other runs, failed (with its last words) or too slow.</summary>
public enum LibreOfficeFailure { NotInstalled, Busy, Failed, TimedOut }

public sealed class LibreOfficeException(LibreOfficeFailure failure, string detail = "") : Exception($"{failure}: {detail}")
{
    public LibreOfficeFailure Failure { get; } = failure;

    public string Detail { get; } = detail;

    public int TimeoutSeconds { get; init; }
}

/// <summary>
/// LibreOffice headless where it is installed (Debian's libreoffice-writer-nogui and libreoffice-calc-nogui), converting
/// one file to another format: written documents to PDF, an office's old .doc, .wps and .et to .docx and .xlsx. Each
/// run has a folder of its own (the file and a LibreOffice profile, so that runs never share one), removed afterwards; at
/// most two run at a time, and one that takes longer than the timeout is killed with its children. The setting
/// Documents:LibreOffice names the program where it is not soffice on the PATH.
/// </summary>
public static class LibreOffice
{
    public const string ProgramSetting = "Documents:LibreOffice";
    public const string TimeoutSetting = "Documents:PdfTimeoutSeconds";

    private static readonly SemaphoreSlim Runs = new(2);

    private const long MaxOutputBytes = 64 * 1024 * 1024;

    /// <summary>Whether a LibreOffice program is there to run.</summary>
    public static bool IsInstalled(IConfiguration configuration) => FindProgram(configuration[ProgramSetting]) is not null;

    /// <summary>The file converted: <paramref name="format"/> is LibreOffice's target (pdf, docx, xlsx), whose extension the output has.</summary>
    public static async Task<byte[]> ConvertAsync(byte[] content, string extension, string format, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var program = FindProgram(configuration[ProgramSetting]) ?? throw new LibreOfficeException(LibreOfficeFailure.NotInstalled);
        var timeout = TimeSpan.FromSeconds(configuration.GetValue(TimeoutSetting, 60));
        if (!await Runs.WaitAsync(timeout, cancellationToken)) throw new LibreOfficeException(LibreOfficeFailure.Busy);
        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("minsheng-office-");
            var input = Path.Combine(folder.FullName, "document" + extension);
            var outFolder = Path.Combine(folder.FullName, "out");
            await File.WriteAllBytesAsync(input, content, cancellationToken);
            var (exit, output) = await RunAsync(program, timeout, cancellationToken,
                "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", format, "--outdir", outFolder, input);
            var converted = new FileInfo(Path.Combine(outFolder, "document." + format));
            if (exit != 0 || !converted.Exists) throw new LibreOfficeException(LibreOfficeFailure.Failed, Last(output));
            // What comes out is read only when it is of a size a document has.
            if (converted.Length > MaxOutputBytes) throw new LibreOfficeException(LibreOfficeFailure.Failed, $"{converted.Length} bytes");
            return await File.ReadAllBytesAsync(converted.FullName, cancellationToken);
        }
        finally
        {
            Runs.Release();
            try
            {
                folder?.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A killed LibreOffice may hold a file a moment longer; the temporary folder goes with the next clean-up.
            }
        }
    }

    /// <summary>The configured program, or soffice (then libreoffice) on the PATH; null when none is there.</summary>
    public static string? FindProgram(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return new[] { "soffice", "libreoffice" }
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, TimeSpan timeout, CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new LibreOfficeException(LibreOfficeFailure.NotInstalled);
        }
        catch (Win32Exception)
        {
            throw new LibreOfficeException(LibreOfficeFailure.NotInstalled);
        }
        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            var output = process.StandardOutput.ReadToEndAsync(limit.Token);
            var error = process.StandardError.ReadToEndAsync(limit.Token);
            try
            {
                await process.WaitForExitAsync(limit.Token);
                return (process.ExitCode, await output + await error);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                if (cancellationToken.IsCancellationRequested) throw;
                throw new LibreOfficeException(LibreOfficeFailure.TimedOut) { TimeoutSeconds = (int)timeout.TotalSeconds };
            }
        }
    }

    private static string Last(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}
