using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Residents;

namespace Minsheng.Public;

/// <summary>
/// A resident, from a project's page or its 民生码, verifies a phone and rates the project, suggests,
/// follows it, or objects to a month published in the last 7 days. Never cached: it carries a form.
/// </summary>
[EnableRateLimiting(ResidentLimits.Policy)]
public sealed class FeedbackModel(MinshengDb db, ResidentActions residents, IStringLocalizer<PublicText> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Site { get; set; }
    [BindProperty] public string? Phone { get; set; }
    /// <summary>The verification code; not "Code", which would shadow the project's code in the route.</summary>
    [BindProperty] public string? SmsCode { get; set; }
    [BindProperty] public string? Kind { get; set; } = "comment";
    [BindProperty] public int? Rating { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Period { get; set; }
    [BindProperty] public string? Indicator { get; set; }

    public int PlanId { get; private set; }
    public string ProjectCode { get; private set; } = "";
    public string ProjectName { get; private set; } = "";
    public IReadOnlyList<(string Code, string Name)> Indicators { get; private set; } = [];
    /// <summary>Months published in the last 7 days: the ones open to objection.</summary>
    public IReadOnlyList<string> ObjectableMonths { get; private set; } = [];
    public string? Message { get; private set; }
    /// <summary>Seconds until the server sends this phone another code: the countdown on 获取验证码.</summary>
    public int? CodeWait { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string code, [FromServices] TimeProvider clock, CancellationToken cancellationToken) =>
        await LoadAsync(id, code, clock, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCodeAsync(int id, string code, [FromServices] ISmsSender sms, [FromServices] ResidentLimits limits, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, code, clock, cancellationToken)) return NotFound();
        var outcome = await PhoneVerification.SendCodeAsync(db, sms, text, limits, Phone, ResidentLimits.ClientAddress(HttpContext), clock.GetUtcNow(), cancellationToken);
        if (outcome == CodeOutcome.Sent) Message = text["CodeSent", Phone ?? "", limits.CodeMinutes];
        else Errors["phone"] = [text[outcome switch { CodeOutcome.BadPhone => "ErrorPhone", CodeOutcome.TooSoon => "ErrorTooSoon", _ => "ErrorTooManyCodes" }]];
        CodeWait = outcome switch
        {
            CodeOutcome.Sent => limits.SecondsBetweenCodes,
            CodeOutcome.TooSoon => await SecondsUntilNextCodeAsync(PhoneVerification.Normalize(Phone)!, limits, clock.GetUtcNow(), cancellationToken),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostFeedbackAsync(int id, string code, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, code, clock, cancellationToken)) return NotFound();
        var outcome = await residents.GiveFeedbackAsync(id, code, new FeedbackRequest(Phone, SmsCode, Kind, Rating, Text, Site), ResidentLimits.ClientAddress(HttpContext), cancellationToken);
        return Done(outcome, "FeedbackReceived");
    }

    public async Task<IActionResult> OnPostFollowAsync(int id, string code, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, code, clock, cancellationToken)) return NotFound();
        return Done(await residents.FollowAsync(id, code, new FollowRequest(Phone, SmsCode), cancellationToken), "FollowReceived");
    }

    public async Task<IActionResult> OnPostObjectionAsync(int id, string code, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, code, clock, cancellationToken)) return NotFound();
        var outcome = await residents.ObjectAsync(id, code, new ObjectionRequest(Phone, SmsCode, Period, Indicator, Text), ResidentLimits.ClientAddress(HttpContext), cancellationToken);
        return Done(outcome, "ObjectionReceived");
    }

    private async Task<int> SecondsUntilNextCodeAsync(string phone, ResidentLimits limits, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sentAt = await db.PhoneCodes.Where(c => c.Phone == phone).Select(c => c.SentAt).FirstAsync(cancellationToken);
        return (int)Math.Ceiling(Math.Clamp((sentAt.AddSeconds(limits.SecondsBetweenCodes) - now).TotalSeconds, 1, limits.SecondsBetweenCodes));
    }

    private PageResult Done(ResidentOutcome outcome, string received)
    {
        if (outcome.Errors is { } errors) Errors = errors;
        else
        {
            Message = text[received];
            (Text, Rating) = (null, null);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int id, string code, TimeProvider clock, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Where(p => p.PlanId == id && p.Code == code).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (project is null) return false;
        (PlanId, ProjectCode, ProjectName) = (id, code, project.Name);
        Indicators = (await db.Indicators.Where(i => i.ProjectId == project.Id).OrderBy(i => i.Position).Select(i => new { i.Code, i.Name }).ToListAsync(cancellationToken))
            .Select(i => (i.Code, i.Name)).ToList();
        var now = clock.GetUtcNow();
        ObjectableMonths = (await db.Publications.Where(p => p.PlanId == id).Select(p => new { p.Year, p.Month, p.PublishedAt }).ToListAsync(cancellationToken))
            .Where(p => now - p.PublishedAt <= ResidentActions.ObjectionWindow)
            .Select(p => $"{p.Year:D4}-{p.Month:D2}").Distinct().Order().ToList();
        return true;
    }
}
