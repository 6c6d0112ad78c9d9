using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Documents;

/// <summary>The plan document (minsheng-plan/1): the product's exchange and open-data format.</summary>
public static class PlanDocument
{
    public const string Format = "minsheng-plan/1";

    /// <summary>The property under which an object holds the product's fields beyond the spec.</summary>
    public const string ProductFields = Extensions.Property;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = false, MaxDepth = 32 };

    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Chinese text stays readable in the file; the document is UTF-8, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Reads a whole document, with a warning for each of the product's fields it had to ignore, or
    /// throws <see cref="InvalidPlanDocumentException"/> with every error found.
    /// </summary>
    public static PlanWithWarnings Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    public static PlanWithWarnings Read(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Span.StartsWith(Utf8Bom)) utf8Json = utf8Json[Utf8Bom.Length..];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, ParseOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, byte {e.BytePositionInLine + 1}" : "the document";
            throw new InvalidPlanDocumentException([new DocumentError("$", $"not valid JSON at {where}")]);
        }
        using (document)
        {
            if (DocumentLimits.Check(document.RootElement) is { Count: > 0 } errors) throw new InvalidPlanDocumentException(errors);
            return PlanDocumentReader.Read(document);
        }
    }

    public static PlanWithWarnings ReadFile(string path) => Read(File.ReadAllBytes(path));

    public static string Write(Plan plan)
    {
        using var stream = new MemoryStream();
        Write(plan, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Plan plan, Stream stream)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        PlanDocumentWriter.Write(plan, writer);
    }
}
