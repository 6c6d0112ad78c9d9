using System.ComponentModel;
using System.Diagnostics;

namespace Minsheng.Documents;

/// <summary>
/// A written .docx or .xlsx as PDF, converted by LibreOffice headless where it is installed (Debian's
/// libreoffice-writer-nogui and libreoffice-calc-nogui). Each run has a folder of its own (the file and a
/// LibreOffice profile, so that runs never share one), removed afterwards; at most two run at a time, and
/// one that takes longer than the timeout is killed. The setting Documents:LibreOffice names the program
/// where it is not soffice on the PATH.
/// </summary>
public static class PdfConversion
{
    public const string ProgramSetting = "Documents:LibreOffice";
    public const string TimeoutSetting = "Documents:PdfTimeoutSeconds";

    private static readonly SemaphoreSlim Runs = new(2);

    /// <summary>The PDF of a document, or a <see cref="PdfUnavailableException"/> saying in Chinese why there is none.</summary>
    public static async Task<OfficeDocument> ConvertAsync(OfficeDocument document, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var program = FindProgram(configuration[ProgramSetting]) ?? throw new PdfUnavailableException(DocumentText.Get("PdfNotInstalled"));
        var timeout = TimeSpan.FromSeconds(configuration.GetValue(TimeoutSetting, 60));
        if (!await Runs.WaitAsync(timeout, cancellationToken)) throw new PdfUnavailableException(DocumentText.Get("PdfBusy"));
        var folder = Directory.CreateTempSubdirectory("minsheng-pdf-");
        try
        {
            var extension = Path.GetExtension(document.FileName);
            var input = Path.Combine(folder.FullName, "document" + extension);
            await File.WriteAllBytesAsync(input, document.Content, cancellationToken);
            var (exit, output) = await RunAsync(program, timeout, cancellationToken,
                "--headless", "--norestore", $"-env:UserInstallation=file://{folder.FullName}/profile", "--convert-to", "pdf", "--outdir", folder.FullName, input);
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            if (exit != 0 || !File.Exists(pdf))
            {
                throw new PdfUnavailableException(DocumentText.Get("PdfFailed", extension == ".xlsx" ? "libreoffice-calc-nogui" : "libreoffice-writer-nogui", Last(output)));
            }
            return new OfficeDocument(await File.ReadAllBytesAsync(pdf, cancellationToken), "application/pdf", Path.ChangeExtension(document.FileName, ".pdf"));
        }
        finally
        {
            Runs.Release();
            try
            {
                folder.Delete(recursive: true);
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
            process = Process.Start(start) ?? throw new PdfUnavailableException(DocumentText.Get("PdfNotInstalled"));
        }
        catch (Win32Exception)
        {
            throw new PdfUnavailableException(DocumentText.Get("PdfNotInstalled"));
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
                throw new PdfUnavailableException(DocumentText.Get("PdfTimedOut", (int)timeout.TotalSeconds));
            }
        }
    }

    private static string Last(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}

/// <summary>No PDF could be made: LibreOffice is missing, busy, too slow or failed; the message says which, in Chinese.</summary>
public sealed class PdfUnavailableException(string message) : Exception(message);
