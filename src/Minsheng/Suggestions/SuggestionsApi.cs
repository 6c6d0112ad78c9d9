using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Minsheng.Accounts;
using Minsheng.Api;
using Minsheng.Data;
using Minsheng.Engine.Suggestions;
using Minsheng.Residents;
using Minsheng.Shared;

namespace Minsheng.Suggestions;

/// <summary>
/// The call for suggestions (项目征集): the office opens it for a programme year, residents suggest on the portal while
/// it is open, the staff enter what other channels bring, and the office reads them all with their near-duplicates.
/// </summary>
public static class SuggestionsApi
{
    public static IEndpointRouteBuilder MapSuggestionsApi(this IEndpointRouteBuilder routes)
    {
        var office = routes.MapGroup("/api/suggestion-calls").WithTags("Suggestions").RequireAuthorization(Policies.Office).WithBodyChecks();
        office.MapGet("/", ListCalls).WithSummary("The calls for suggestions, newest year first, with how many suggestions each received.");
        office.MapPut("/{year:int}", SetCall).WithSummary("Open a call for a programme year, or change its days (opensOn, closesOn, region).");
        office.MapGet("/{id:int}/suggestions", ListSuggestions).WithSummary("Every suggestion of a call, residents' phones masked.");
        office.MapPost("/{id:int}/suggestions", EnterSuggestion).WithSummary("Enter a suggestion from another channel: hotline, letter, deputy, department or other.");
        office.MapGet("/{id:int}/duplicates", ListDuplicates).WithSummary("Groups of suggestions asking for the same thing at the same place.");

        var residents = routes.MapGroup("/api/public/suggestion-calls").WithTags("Residents").AllowAnonymous().RequireRateLimiting(ResidentLimits.Policy).WithBodyChecks();
        residents.MapPost("/{id:int}/suggestions", Suggest).WithSummary("Suggest a project from a verified phone, while the call is open.");
        residents.MapGet("/{id:int}/counts", Counts).WithSummary("How many suggestions a call received, by category and by channel.");
        return routes;
    }

    private static async Task<Ok<List<SuggestionCallItem>>> ListCalls(MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var calls = await db.SuggestionCalls.OrderByDescending(c => c.Year).ThenBy(c => c.Region)
            .Select(c => new { Call = c, Count = db.Suggestions.Count(s => s.CallId == c.Id) }).ToListAsync(cancellationToken);
        return TypedResults.Ok(calls.Select(c => new SuggestionCallItem(c.Call.Id, c.Call.Region, c.Call.Year, c.Call.OpensOn, c.Call.ClosesOn,
            IsOpen(c.Call, today), c.Count)).ToList());
    }

    private static async Task<Results<Ok<SuggestionCallItem>, ValidationProblem>> SetCall(
        int year, SuggestionCallRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (year is < 2000 or > 2100) errors["year"] = [SuggestionMessages.Get("ErrorYear", year)];
        SuggestionChecks.Text(errors, "region", request.Region, 100, required: true);
        if (request.OpensOn is not { } opens) errors["opensOn"] = [SuggestionMessages.Get("ErrorRequired", SuggestionMessages.Get("Field_opensOn"))];
        if (request.ClosesOn is not { } closes) errors["closesOn"] = [SuggestionMessages.Get("ErrorRequired", SuggestionMessages.Get("Field_closesOn"))];
        else if (request.OpensOn is { } o && closes < o) errors["closesOn"] = [SuggestionMessages.Get("ErrorClosesBeforeOpening")];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var region = request.Region!.Trim();
        var call = await db.SuggestionCalls.FirstOrDefaultAsync(c => c.Region == region && c.Year == year, cancellationToken);
        if (call is null) db.SuggestionCalls.Add(call = new StoredSuggestionCall { Region = region, Year = year, SetBy = "" });
        (call.OpensOn, call.ClosesOn, call.SetBy, call.SetAt) = (request.OpensOn!.Value, request.ClosesOn!.Value, user.Identity?.Name ?? "", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var count = await db.Suggestions.CountAsync(s => s.CallId == call.Id, cancellationToken);
        return TypedResults.Ok(new SuggestionCallItem(call.Id, call.Region, call.Year, call.OpensOn, call.ClosesOn, IsOpen(call, ChinaTime.DateOf(clock.GetUtcNow())), count));
    }

    private static async Task<Results<Ok<List<SuggestionItem>>, ProblemHttpResult>> ListSuggestions(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.SuggestionCalls.AnyAsync(c => c.Id == id, cancellationToken)) return NoCall(id);
        var rows = await db.Suggestions.Where(s => s.CallId == id).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(ToItem).ToList());
    }

    private static async Task<Results<Created<SuggestionItem>, ValidationProblem, ProblemHttpResult>> EnterSuggestion(
        int id, StaffSuggestionRequest request, ClaimsPrincipal user, MinshengDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.SuggestionCalls.AnyAsync(c => c.Id == id, cancellationToken)) return NoCall(id);
        var errors = SuggestionChecks.Errors(request.Need, request.Place, request.Content, request.Category, request.Latitude, request.Longitude);
        var channel = SuggestionChecks.StaffChannel(request.Channel);
        if (channel is null) errors["channel"] = [SuggestionMessages.Get("ErrorChannel")];
        SuggestionChecks.Text(errors, "author", request.Author, SuggestionChecks.MaxAuthor, required: false);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var suggestion = new StoredSuggestion
        {
            CallId = id, Channel = channel!.Value, Need = request.Need!.Trim(), Place = SuggestionChecks.Clean(request.Place), Content = request.Content!.Trim(),
            Category = SuggestionChecks.Clean(request.Category), Latitude = request.Latitude, Longitude = request.Longitude,
            Author = SuggestionChecks.Clean(request.Author), EnteredBy = user.Identity?.Name, CreatedAt = clock.GetUtcNow(),
        };
        db.Suggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/suggestion-calls/{id}/suggestions", ToItem(suggestion));
    }

    private static async Task<Results<Ok<List<DuplicateGroupItem>>, ProblemHttpResult>> ListDuplicates(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        if (!await db.SuggestionCalls.AnyAsync(c => c.Id == id, cancellationToken)) return NoCall(id);
        var rows = await db.Suggestions.Where(s => s.CallId == id).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Need, s.Place, s.Content, s.Latitude, s.Longitude }).ToListAsync(cancellationToken);
        var needs = rows.ToDictionary(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r => r.Need);
        var groups = NearDuplicates.Find(rows.Select(r => new SuggestionText(
            r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{r.Need} {r.Place} {r.Content}", r.Latitude, r.Longitude)).ToList());
        return TypedResults.Ok(groups.Select(g => new DuplicateGroupItem(g.Ids.Select(long.Parse).ToList(), g.Ids.Select(i => needs[i]).ToList())).ToList());
    }

    private static async Task<Results<Created<ResidentReceipt>, ValidationProblem, ProblemHttpResult>> Suggest(
        int id, ResidentSuggestionRequest request, HttpContext context, MinshengDb db, ResidentActions residents, TimeProvider clock, CancellationToken cancellationToken)
    {
        var call = await db.SuggestionCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null) return NoCall(id);
        if (!IsOpen(call, ChinaTime.DateOf(clock.GetUtcNow())))
        {
            return TypedResults.Problem(SuggestionMessages.Get("CallClosed", call.OpensOn, call.ClosesOn), statusCode: StatusCodes.Status409Conflict, title: SuggestionMessages.Get("CallClosedTitle"));
        }
        var errors = SuggestionChecks.Errors(request.Need, request.Place, request.Content, request.Category, request.Latitude, request.Longitude);
        var address = ResidentLimits.ClientAddress(context);
        var outcome = await residents.WithVerifiedPhoneAsync(request.Phone, request.Code, errors, countFeedback: true, async phone =>
        {
            var suggestion = new StoredSuggestion
            {
                CallId = id, Channel = SuggestionChannel.Portal, Need = request.Need!.Trim(), Place = SuggestionChecks.Clean(request.Place), Content = request.Content!.Trim(),
                Category = SuggestionChecks.Clean(request.Category), Latitude = request.Latitude, Longitude = request.Longitude, Phone = phone,
                ClientAddress = address, CreatedAt = clock.GetUtcNow(),
            };
            db.Suggestions.Add(suggestion);
            await db.SaveChangesAsync(cancellationToken);
            return suggestion.Id;
        }, cancellationToken);
        return outcome switch
        {
            { TooMany: true } => TypedResults.Problem(string.Join(" ", outcome.Errors!.Values.SelectMany(e => e)), statusCode: StatusCodes.Status429TooManyRequests),
            { Errors: { } invalid } => TypedResults.ValidationProblem(invalid),
            _ => TypedResults.Created((string?)null, new ResidentReceipt(outcome.Id!.Value)),
        };
    }

    private static async Task<Results<Ok<SuggestionCounts>, ProblemHttpResult>> Counts(int id, MinshengDb db, CancellationToken cancellationToken)
    {
        var call = await db.SuggestionCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null) return NoCall(id);
        var rows = await db.Suggestions.Where(s => s.CallId == id).Select(s => new { s.Category, s.Channel }).ToListAsync(cancellationToken);
        var uncategorised = SuggestionMessages.Get("Uncategorised");
        return TypedResults.Ok(new SuggestionCounts(call.Year, call.Region, call.OpensOn, call.ClosesOn, rows.Count,
            rows.GroupBy(r => r.Category ?? uncategorised).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            rows.GroupBy(r => r.Channel).OrderBy(g => g.Key).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count())));
    }

    private static bool IsOpen(StoredSuggestionCall call, DateOnly today) => today >= call.OpensOn && today <= call.ClosesOn;

    private static ProblemHttpResult NoCall(int id) => ApiProblems.NotFound(SuggestionMessages.Get("NoCall", id));

    private static SuggestionItem ToItem(StoredSuggestion s) => new(
        s.Id, s.Channel, s.Need, s.Place, s.Content, s.Category, s.Latitude, s.Longitude, s.Phone is null ? null : PhoneVerification.Mask(s.Phone), s.Author, s.EnteredBy, s.CreatedAt);
}
