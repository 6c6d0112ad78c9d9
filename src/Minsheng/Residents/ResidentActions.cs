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
        return await WithVerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: true, async phone =>
        {
            var feedback = new StoredFeedback
            {
                PlanId = planId, ProjectId = projectId, SiteId = request.Site, Kind = kind!.Value, Rating = request.Rating, Text = request.Text?.Trim() ?? "",
                Phone = phone, ClientAddress = clientAddress, State = FeedbackState.Pending, CreatedAt = clock.GetUtcNow(),
            };
            db.Feedback.Add(feedback);
            await db.SaveChangesAsync(cancellationToken);
            return feedback.Id;
        }, cancellationToken);
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
        return await WithVerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: true, async phone =>
        {
            var objection = new StoredFeedback
            {
                PlanId = planId, ProjectId = projectId, Kind = FeedbackKind.Objection, Text = request.Text!.Trim(), Year = period.Year, Month = period.Month,
                Indicator = string.IsNullOrWhiteSpace(request.Indicator) ? null : request.Indicator, Phone = phone, ClientAddress = clientAddress,
                State = FeedbackState.Pending, CreatedAt = now,
            };
            db.Feedback.Add(objection);
            await db.SaveChangesAsync(cancellationToken);
            return objection.Id;
        }, cancellationToken);
    }

    public async Task<ResidentOutcome> FollowAsync(int planId, string code, FollowRequest request, CancellationToken cancellationToken)
    {
        if (await ProjectIdAsync(planId, code, cancellationToken) is not { } projectId) return new ResidentOutcome(NotFound: true);
        var errors = new Dictionary<string, string[]>();
        return await WithVerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: false, async phone =>
        {
            var existing = await db.Followers.FirstOrDefaultAsync(f => f.ProjectId == projectId && f.Phone == phone, cancellationToken);
            if (existing is not null) return existing.Id;
            var follower = new StoredFollower { ProjectId = projectId, Phone = phone, FollowedAt = clock.GetUtcNow() };
            db.Followers.Add(follower);
            await db.SaveChangesAsync(cancellationToken);
            return follower.Id;
        }, cancellationToken);
    }

    /// <summary>
    /// Spends the phone's code and saves what it was given for in one transaction: a code serves one action, and
    /// an action refused after the code (a phone over its daily feedback limit) leaves the code unspent. The code
    /// is checked only once the other fields are right, so that a typo elsewhere does not spend it; a wrong
    /// code is counted against it.
    /// </summary>
    internal async Task<ResidentOutcome> WithVerifiedPhoneAsync(
        string? given, string? code, Dictionary<string, string[]> errors, bool countFeedback, Func<string, Task<long>> save, CancellationToken cancellationToken)
    {
        var phone = PhoneVerification.Normalize(given);
        if (phone is null) errors["phone"] = [text["ErrorPhone"]];
        if (phone is null || errors.Count > 0) return new ResidentOutcome(Errors: errors);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            if (!await PhoneVerification.VerifyAsync(db, limits, phone, code, now, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
                return new ResidentOutcome(Errors: new() { ["code"] = [text["ErrorCode"]] });
            }
            if (countFeedback)
            {
                var dayAgo = now.AddDays(-1);
                // One daily limit for all a phone writes: feedback, objections and suggestions.
                var givenToday = (await db.Feedback.Where(f => f.Phone == phone).Select(f => f.CreatedAt).ToListAsync(cancellationToken)).Count(at => at > dayAgo)
                    + (await db.Suggestions.Where(s => s.Phone == phone).Select(s => s.CreatedAt).ToListAsync(cancellationToken)).Count(at => at > dayAgo);
                if (givenToday >= limits.FeedbackPerPhonePerDay)
                {
                    return new ResidentOutcome(TooMany: true, Errors: new() { ["phone"] = [text["ErrorFeedbackLimit", limits.FeedbackPerPhonePerDay]] });
                }
            }
            var id = await save(phone);
            await transaction.CommitAsync(cancellationToken);
            return new ResidentOutcome(id);
        });
    }

    private Task<int?> ProjectIdAsync(int planId, string code, CancellationToken cancellationToken) =>
        db.Projects.Where(p => p.PlanId == planId && p.Code == code).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
}
