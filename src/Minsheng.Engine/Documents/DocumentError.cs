namespace Minsheng.Engine.Documents;

/// <summary>A problem in an input document: where (a JSON path such as $.categories[0].code) and what.</summary>
public sealed record DocumentError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown with every error found, so that nothing of a bad document is used.</summary>
public sealed class InvalidPlanDocumentException(IReadOnlyList<DocumentError> errors)
    : Exception(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} errors, the first: {errors[0]}")
{
    public IReadOnlyList<DocumentError> Errors { get; } = errors;
}
