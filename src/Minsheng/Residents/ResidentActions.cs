using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Minsheng.Data;
using Minsheng.Engine.Model;

namespace Minsheng.Residents;

/// <summary>What a resident with a verified phone does on a project: give feedback, object to a published figure, follow it.</summary>
public sealed class ResidentActions(MinshengDb db, ResidentLimits limits, IStringLocalizer<PublicText> text, TimeProvider clock)
{
    public const int MaxText = 2000;

    /// <summary>How long after a month's publication its figures may be objected to.</summary>
    public static readonly TimeSpan ObjectionWindow = TimeSpan.FromDays(7);

    public async Task<ResidentOutcome> GiveFeedbackAsync(int planId, string code, FeedbackRequest request, string clientAddress, CancellationToken cancellationToken)
    {
        if (await ProjectIdAsync(planId, code, cancellationToken) is not { } projectId) return new ResidentOutcome(NotFound: true);
        var errors = new Dictionary<string, string[]>();
        var kind = request.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "comment" => FeedbackKind.Comment,
            "suggestion" => FeedbackKind.Suggestion,
            _ => (FeedbackKind?)null,
        };
        if (kind is null) errors["kind"] = [text["ErrorKind"]];
        if (request.Rating is { } rating && rating is < 1 or > 5) errors["rating"] = [text["ErrorRating"]];
        if (kind == FeedbackKind.Comment && request.Rating is null && string.IsNullOrWhiteSpace(request.Text)) errors["rating"] = [text["ErrorRatingOrText"]];
        if (kind == FeedbackKind.Suggestion && string.IsNullOrWhiteSpace(request.Text)) errors["text"] = [text["ErrorText"]];
        if (request.Text?.Length > MaxText) errors["text"] = [text["ErrorTooLong", MaxText]];
        if (request.Site is { } site && !await db.Sites.AnyAsync(s => s.Id == site && s.ProjectId == projectId, cancellationToken)) errors["site"] = [text["ErrorSite"]];
        var (phone, tooMany) = await VerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: true, cancellationToken);
        if (tooMany) return new ResidentOutcome(TooMany: true, Errors: errors);
        if (errors.Count > 0) return new ResidentOutcome(Errors: errors);

        var feedback = new StoredFeedback
        {
            PlanId = planId, ProjectId = projectId, SiteId = request.Site, Kind = kind!.Value, Rating = request.Rating, Text = request.Text?.Trim() ?? "",
            Phone = phone!, ClientAddress = clientAddress, State = FeedbackState.Pending, CreatedAt = clock.GetUtcNow(),
        };
        db.Feedback.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        return new ResidentOutcome(feedback.Id);
    }

    public async Task<ResidentOutcome> ObjectAsync(int planId, string code, ObjectionRequest request, string clientAddress, CancellationToken cancellationToken)
    {
        if (await ProjectIdAsync(planId, code, cancellationToken) is not { } projectId) return new ResidentOutcome(NotFound: true);
        var errors = new Dictionary<string, string[]>();
        var now = clock.GetUtcNow();
        if (!Period.TryParse(request.Period, out var period))
        {
            errors["period"] = [text["ErrorPeriod"]];
        }
        else
        {
            var published = await db.Publications.Where(p => p.PlanId == planId && p.Year == period.Year && p.Month == period.Month)
                .Select(p => p.PublishedAt).ToListAsync(cancellationToken);
            // Any publication of the month in the last 7 days opens it, a correction too.
            if (!published.Any(at => now - at <= ObjectionWindow)) errors["period"] = [text["ErrorObjectionWindow", (int)ObjectionWindow.TotalDays]];
        }
        if (request.Indicator is { Length: > 0 } indicator && !await db.Indicators.AnyAsync(i => i.ProjectId == projectId && i.Code == indicator, cancellationToken))
        {
            errors["indicator"] = [text["ErrorIndicator"]];
        }
        if (string.IsNullOrWhiteSpace(request.Text)) errors["text"] = [text["ErrorText"]];
        else if (request.Text.Length > MaxText) errors["text"] = [text["ErrorTooLong", MaxText]];
        var (phone, tooMany) = await VerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: true, cancellationToken);
        if (tooMany) return new ResidentOutcome(TooMany: true, Errors: errors);
        if (errors.Count > 0) return new ResidentOutcome(Errors: errors);

        var objection = new StoredFeedback
        {
            PlanId = planId, ProjectId = projectId, Kind = FeedbackKind.Objection, Text = request.Text!.Trim(), Year = period.Year, Month = period.Month,
            Indicator = string.IsNullOrWhiteSpace(request.Indicator) ? null : request.Indicator, Phone = phone!, ClientAddress = clientAddress,
            State = FeedbackState.Pending, CreatedAt = now,
        };
        db.Feedback.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        return new ResidentOutcome(objection.Id);
    }

    public async Task<ResidentOutcome> FollowAsync(int planId, string code, FollowRequest request, CancellationToken cancellationToken)
    {
        if (await ProjectIdAsync(planId, code, cancellationToken) is not { } projectId) return new ResidentOutcome(NotFound: true);
        var errors = new Dictionary<string, string[]>();
        var (phone, _) = await VerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: false, cancellationToken);
        if (errors.Count > 0) return new ResidentOutcome(Errors: errors);

        var existing = await db.Followers.FirstOrDefaultAsync(f => f.ProjectId == projectId && f.Phone == phone, cancellationToken);
        if (existing is not null) return new ResidentOutcome(existing.Id);
        var follower = new StoredFollower { ProjectId = projectId, Phone = phone!, FollowedAt = clock.GetUtcNow() };
        db.Followers.Add(follower);
        await db.SaveChangesAsync(cancellationToken);
        return new ResidentOutcome(follower.Id);
    }

    /// <summary>The phone when its code is right; errors name phone or code otherwise. A phone over its daily feedback limit is refused.</summary>
    private async Task<(string? Phone, bool TooMany)> VerifiedPhoneAsync(string? given, string? code, Dictionary<string, string[]> errors, bool countFeedback, CancellationToken cancellationToken)
    {
        if (PhoneVerification.Normalize(given) is not { } phone)
        {
            errors["phone"] = [text["ErrorPhone"]];
            return (null, false);
        }
        if (!await PhoneVerification.VerifyAsync(db, limits, phone, code, clock.GetUtcNow(), cancellationToken))
        {
            errors["code"] = [text["ErrorCode"]];
            return (phone, false);
        }
        if (!countFeedback) return (phone, false);
        var now = clock.GetUtcNow();
        var given24h = (await db.Feedback.Where(f => f.Phone == phone).Select(f => f.CreatedAt).ToListAsync(cancellationToken))
            .Count(at => now - at < TimeSpan.FromDays(1));
        if (given24h < limits.FeedbackPerPhonePerDay) return (phone, false);
        errors["phone"] = [text["ErrorFeedbackLimit", limits.FeedbackPerPhonePerDay]];
        return (phone, true);
    }

    private Task<int?> ProjectIdAsync(int planId, string code, CancellationToken cancellationToken) =>
        db.Projects.Where(p => p.PlanId == planId && p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
}
