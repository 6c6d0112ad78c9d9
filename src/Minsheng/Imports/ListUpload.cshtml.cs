using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Imports;
using Minsheng.Engine.Model;
using Minsheng.Plans;
using Minsheng.Public;
using Minsheng.Uploads;

namespace Minsheng.Imports;

/// <summary>
/// The office uploads a published list (text, .docx or .xlsx), checks and corrects what was read
/// from it, and saves it as a plan. Between preview and save the plan lives in the form, and is
/// judged again on save by the plan document reader: nothing is kept on the server meanwhile.
/// </summary>
[RequestSizeLimit(MaxUploadBytes)]
[HeavyUpload]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes, ValueCountLimit = 20_000)]
public sealed class ListUploadModel(MinshengDb db, TimeProvider clock, IStringLocalizer<PageText> text, IConfiguration configuration) : PageModel
{
    /// <summary>The same limit as a plan document sent to the API.</summary>
    public const long MaxListBytes = ApiSetup.MaxPlanDocumentBytes;

    // Room above the list's own limit, so that a list well over it (a scanned PDF, a video) hears why on the page
    // rather than the server cutting the request off; only beyond four times the limit is the request refused bare.
    private const long MaxUploadBytes = MaxListBytes * 4;

    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public IReadOnlyList<ListWarning> Warnings { get; private set; } = [];

    /// <summary>What the file's reader has to say (a column it did not read), beside the list's own warnings.</summary>
    public IReadOnlyList<string> Notes { get; private set; } = [];

    public List<FormError> Errors { get; } = [];

    /// <summary>The columns the office is asked to give a meaning, with the file to read again; null when every column was placed.</summary>
    public RemapForm? Remap { get; private set; }

    public bool Previewing => Form.Categories.Count > 0;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? list, string? year, string? region, CancellationToken cancellationToken)
    {
        Form = new PlanForm();
        if (Refusal(list) is { } refusal || list is null)
        {
            Errors.Add(new FormError("", text["UploadRefused", Refusal(list) ?? ""]));
            return Page();
        }
        await PreviewAsync(Path.GetFileName(list.FileName), await ContentOf(list, cancellationToken), year, region, null, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The same file read again with the meaning the office gave each column the first reading did not place: the file
    /// comes back from the page (<see cref="RemapForm"/>), or is chosen again when it was too large to travel in it.
    /// </summary>
    public async Task<IActionResult> OnPostRemapAsync(
        string? fileName, string? content, IFormFile? list, string? year, string? region, List<ColumnChoice>? choices, CancellationToken cancellationToken)
    {
        Form = new PlanForm();
        byte[]? bytes = null;
        if (list is not null)
        {
            if (Refusal(list) is { } refusal)
            {
                Errors.Add(new FormError("", text["UploadRefused", refusal]));
                return Page();
            }
            fileName = list.FileName;
            bytes = await ContentOf(list, cancellationToken);
        }
        else if (!string.IsNullOrEmpty(content) && content.Length <= RemapForm.MaxInlineChars)
        {
            bytes = new byte[content.Length * 3 / 4];
            bytes = Convert.TryFromBase64String(content, bytes, out var written) ? bytes[..written] : null;
        }
        if (bytes is null || string.IsNullOrWhiteSpace(fileName))
        {
            Errors.Add(new FormError("", text["UploadRefused", text["RemapNoFile"]]));
            return Page();
        }
        var chosen = (choices ?? []).Where(c => c.Heading is { Length: > 0 } && c.Meaning is { Length: > 0 }).Take(RemapForm.MaxChoices)
            .GroupBy(c => TableReading.Key(c.Heading!)).ToDictionary(g => g.Key, g => g.Last().Meaning!);
        await PreviewAsync(Path.GetFileName(fileName), bytes, year, region, chosen, cancellationToken);
        return Page();
    }

    private string? Refusal(IFormFile? list) => list switch
    {
        // The form could not be read at all: the upload was over the limit.
        null when !ModelState.IsValid => TooLarge(""),
        null => text["UploadNoFile"],
        { Length: > MaxListBytes } => TooLarge(list.FileName),
        _ => null,
    };

    private static async Task<byte[]> ContentOf(IFormFile list, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await list.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private async Task PreviewAsync(string fileName, byte[] content, string? year, string? region, IReadOnlyDictionary<string, string>? choices, CancellationToken cancellationToken)
    {
        var options = new ListImportOptions(int.TryParse(year, out var y) ? y : null, string.IsNullOrWhiteSpace(region) ? null : region.Trim());
        try
        {
            var file = await ListFiles.ReadAsync(fileName, content, configuration, cancellationToken, choices);
            var imported = PublishedListParser.Parse(file.Text, options);
            Form = PlanForm.From(imported);
            Warnings = imported.Warnings;
            Notes = file.Notes;
            if (file.Unplaced.Count > 0) Remap = RemapForm.Of(fileName, content, year, region, file.Unplaced, choices);
        }
        catch (ListFileException e)
        {
            // Every problem on a line of its own, the first saying that nothing was imported.
            Errors.AddRange(e.Problems.Select((problem, i) => new FormError("", i == 0 ? text["UploadRefused", problem] : problem)));
        }
        catch (ListImportException e)
        {
            Errors.Add(new FormError("", text["UploadRefused", $"{fileName}：{ImportText.Of(e)}"]));
        }
    }

    public async Task<IActionResult> OnPostSaveAsync([FromServices] IOutputCacheStore cache, CancellationToken cancellationToken)
    {
        var document = PlanFormDocument.Of(Form, text);
        Errors.AddRange(document.FormErrors);
        var (sites, siteErrors) = PlanFormSites.Check(Form, text);
        Plan? plan = null;
        try
        {
            var read = PlanDocument.Read(document.Json);
            plan = read.Plan;
            Errors.AddRange(document.Parts(read.Warnings));
        }
        catch (InvalidPlanDocumentException e)
        {
            Errors.AddRange(e.Errors.Select(document.Describe));
        }
        Errors.AddRange(siteErrors);
        if (plan is null || Errors.Count > 0) return Page();

        try
        {
            var stored = await PlanImport.ImportAsync(db, plan, sites, User.Identity?.Name ?? "import", clock.GetUtcNow(), cancellationToken);
            await PublicCache.EvictAsync(cache, cancellationToken);
            return Redirect($"/?plan={stored.Id}");
        }
        catch (PlanAlreadyExistsException e)
        {
            Errors.Add(new FormError("", text["PlanExists", plan.Region, plan.Year, e.ExistingId]));
            return Page();
        }
    }

    private string TooLarge(string fileName) => ImportText.Get("ListFileTooLarge", fileName.Length > 0 ? fileName : text["TheFile"], MaxListBytes / 1024 / 1024);

    public string? ErrorOf(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>A target row of the preview: its form field prefix, its number as shown (+ for the added row), and the form's errors.</summary>
public sealed record TargetRow(string Field, string Number, IndicatorForm Indicator, IReadOnlyList<FormError> Errors, int Rows);

/// <summary>A site row of the preview, as a target row.</summary>
public sealed record SiteRow(string Field, string Number, ProjectSiteForm Site, IReadOnlyList<FormError> Errors);
