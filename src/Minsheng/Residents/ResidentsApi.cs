using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Minsheng.Api;
using Minsheng.Data;

namespace Minsheng.Residents;

public sealed record ResidentReceipt(long Id);

/// <summary>Residents, without an account: a code to a phone, then feedback, objections and follows from that phone. Rate-limited per address.</summary>
public static class ResidentsApi
{
    public static RouteGroupBuilder MapResidentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/public").WithTags("Residents").AllowAnonymous().RequireRateLimiting(ResidentLimits.Policy).WithBodyChecks();

        group.MapPost("/phone-codes", SendCode).WithSummary("Send a verification code to a phone (mainland mobile number).");
        group.MapPost("/plans/{id:int}/projects/{code}/feedback", GiveFeedback).WithSummary("Rate a project (1-5) with a comment, or make a suggestion; shown once the office approves it.");
        group.MapPost("/plans/{id:int}/projects/{code}/objections", Object).WithSummary("Object to a published month's figure of a project, within 7 days of its publication; goes to the office's queue.");
        group.MapPost("/plans/{id:int}/projects/{code}/followers", Follow).WithSummary("Follow a project: a message when a month is published for it or it is completed.");

        return group;
    }

    private static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> SendCode(
        PhoneCodeRequest request, HttpContext context, MinshengDb db, ISmsSender sms, IStringLocalizer<PublicText> text, ResidentLimits limits, TimeProvider clock, CancellationToken cancellationToken) =>
        await PhoneVerification.SendCodeAsync(db, sms, text, limits, request.Phone, ResidentLimits.ClientAddress(context), clock.GetUtcNow(), cancellationToken) switch
        {
            CodeOutcome.Sent => TypedResults.Accepted((string?)null),
            CodeOutcome.BadPhone => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["phone"] = [text["ErrorPhone"]] }),
            CodeOutcome.TooSoon => TooMany(text["ErrorTooSoon"]),
            _ => TooMany(text["ErrorTooManyCodes"]),
        };

    private static async Task<Results<Created<ResidentReceipt>, ValidationProblem, ProblemHttpResult>> GiveFeedback(
        int id, string code, FeedbackRequest request, HttpContext context, ResidentActions residents, CancellationToken cancellationToken) =>
        Answer(await residents.GiveFeedbackAsync(id, code, request, ResidentLimits.ClientAddress(context), cancellationToken), id, code);

    private static async Task<Results<Created<ResidentReceipt>, ValidationProblem, ProblemHttpResult>> Object(
        int id, string code, ObjectionRequest request, HttpContext context, ResidentActions residents, CancellationToken cancellationToken) =>
        Answer(await residents.ObjectAsync(id, code, request, ResidentLimits.ClientAddress(context), cancellationToken), id, code);

    private static async Task<Results<Created<ResidentReceipt>, ValidationProblem, ProblemHttpResult>> Follow(
        int id, string code, FollowRequest request, ResidentActions residents, CancellationToken cancellationToken) =>
        Answer(await residents.FollowAsync(id, code, request, cancellationToken), id, code);

    private static Results<Created<ResidentReceipt>, ValidationProblem, ProblemHttpResult> Answer(ResidentOutcome outcome, int id, string code) => outcome switch
    {
        { NotFound: true } => ApiProblems.NotFound($"Plan {id} has no project {code}."),
        { TooMany: true } => TooMany(string.Join(" ", outcome.Errors!.Values.SelectMany(e => e))),
        { Errors: { } errors } => TypedResults.ValidationProblem(errors),
        _ => TypedResults.Created((string?)null, new ResidentReceipt(outcome.Id!.Value)),
    };

    private static ProblemHttpResult TooMany(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests);
}
