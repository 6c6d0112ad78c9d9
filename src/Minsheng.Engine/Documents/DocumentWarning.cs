using Minsheng.Engine.Model;

namespace Minsheng.Engine.Documents;

/// <summary>A field the reader ignored instead of refusing the document: where (a JSON path) and why.</summary>
public sealed record DocumentWarning(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>A plan read from a document, with the fields that were ignored on the way.</summary>
public sealed record PlanWithWarnings(Plan Plan, IReadOnlyList<DocumentWarning> Warnings);
