using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Minsheng.Engine.Documents;

namespace Minsheng.Api;

public static class ApiSetup
{
    /// <summary>Requests bodies are limited; a plan document is the largest legitimate one.</summary>
    public const long MaxPlanDocumentBytes = 16 * 1024 * 1024;

    public static IServiceCollection AddMinshengApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestBodyHandler>();
        // Bad request bodies surface as exceptions so that the handler can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => SummaryJson.Configure(options.SerializerOptions));
        services.AddOpenApi();
        return services;
    }
}

/// <summary>Turns a request body that is not valid JSON, or has a value of the wrong type, into a validation problem naming the field.</summary>
internal sealed class BadRequestBodyHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest) return false;

        var json = badRequest.InnerException as JsonException;
        var field = json?.Path is { Length: > 2 } path ? path[2..] : "body";
        var message = json switch
        {
            null when badRequest.Message.Contains("no body was provided") => ApiText.Get("BodyEmpty"),
            null when badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge => ApiText.Get("BodyTooLarge"),
            // The framework's own messages name .NET parameters; the field is what a user can act on.
            null => ApiText.Get("BodyMissingValue", field),
            { Path: null or "$" } => ApiText.Get("NotJson", json.LineNumber + 1, json.BytePositionInLine + 1),
            _ => ApiText.Get("WrongType"),
        };
        context.Response.StatusCode = badRequest.StatusCode;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = badRequest.StatusCode,
                Title = ApiText.Get(badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge ? "BodyTooLarge" : "BodyNotValid"),
            },
        });
    }
}
