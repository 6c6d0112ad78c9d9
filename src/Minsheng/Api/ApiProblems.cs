using Microsoft.AspNetCore.Http.HttpResults;

namespace Minsheng.Api;

public static class ApiProblems
{
    /// <summary>A 404 that says what was not found.</summary>
    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: ApiText.Get("NotFoundTitle"));
}
