using System.Diagnostics;
using System.Text.RegularExpressions;
using Minsheng.Documents;
using Minsheng.Engine.Bulletins;
using Minsheng.Engine.Tests;

namespace Minsheng.Tests;

/// <summary>
/// The bulletin opens in a word processor: LibreOffice (Debian's libreoffice-writer-nogui, which
/// test.sh installs) converts it to PDF headless, and the PDF has the body's pages and the table's.
/// </summary>
public sealed class RenderingTheBulletin : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("minsheng-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task LibreOffice_converts_the_bulletin_to_a_PDF_with_pages()
    {
        var plan = SampleProgrammes.LianyungangFirstHalf();
        var document = OfficeDocument.Write(DocumentKind.Bulletin, plan, plan.At("2023-06-30"), new OfficeRecords([new OpenProblem("05-01", ProblemKind.Funds, "征收资金未到位")]), DocumentTemplate.Default);
        var docx = Path.Combine(_folder, "bulletin.docx");
        await File.WriteAllBytesAsync(docx, document.Content);

        // A profile of its own, so that a LibreOffice the user has open does not take the conversion over.
        var (exit, output) = await RunAsync("libreoffice", "--headless", $"-env:UserInstallation=file://{_folder}/profile", "--convert-to", "pdf", "--outdir", _folder, docx);

        var pdf = Path.Combine(_folder, "bulletin.pdf");
        Assert.True(exit == 0 && File.Exists(pdf), $"libreoffice exited {exit}: {output}");
        var pages = Regex.Matches(await File.ReadAllTextAsync(pdf, System.Text.Encoding.Latin1), @"/Type\s*/Page[^s]").Count;
        // The body runs to several pages of 三号 text; the attached table starts a landscape page of its own.
        Assert.True(pages >= 3, $"{pages} pages");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"{program} is not installed ({e.Message}); apt-get install libreoffice-writer-nogui, as test.sh does");
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output + await error);
        }
    }
}
