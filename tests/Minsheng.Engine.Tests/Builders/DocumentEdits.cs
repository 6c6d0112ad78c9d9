using System.Text.Json.Nodes;
using Minsheng.Engine.Documents;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Tests;

/// <summary>Bad documents made from a built plan: write it, then break one field of the JSON.</summary>
public static class DocumentEdits
{
    public static string Written(this Plan plan, Action<JsonObject>? edit = null)
    {
        var document = JsonNode.Parse(PlanDocument.Write(plan))!.AsObject();
        edit?.Invoke(document);
        return document.ToJsonString();
    }

    public static JsonObject Indicator(this JsonObject document, int category, int project, int indicator) =>
        document["categories"]![category]!["projects"]![project]!["indicators"]![indicator]!.AsObject();

    public static JsonObject Project(this JsonObject document, int category, int project) =>
        document["categories"]![category]!["projects"]![project]!.AsObject();

    public static JsonObject Report(this JsonObject document, int row) => document["reports"]![row]!.AsObject();

    public static IReadOnlyList<DocumentError> ErrorsReading(string json) =>
        Assert.Throws<InvalidPlanDocumentException>(() => PlanDocument.Read(json)).Errors;
}
