using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ImageMagick;

namespace Minsheng.Fuzzing;

/// <summary>One malformed request: where it goes and its body; page forms get the page's antiforgery token.</summary>
public sealed record FuzzCase(string Area, string Name, HttpMethod Method, string Url, Func<string?, HttpContent?> Content, bool Anonymous = false, string? FormPage = null);

/// <summary>The harness's inputs, all from one seed so that a failure can be replayed.</summary>
public sealed class FuzzCases(int seed)
{
    private readonly Random _random = new(seed);

    public IEnumerable<FuzzCase> PlanDocuments(JsonNode document)
    {
        foreach (var (name, body) in new JsonMutations(_random).Of(document, treeCases: 150, textCases: 80))
        {
            yield return new FuzzCase("plan documents", name, HttpMethod.Post, "/api/plans", _ => Json(body));
        }
    }

    /// <summary>Every JSON endpoint the OpenAPI document lists, each field of its body broken in turn, and bodies that are not the body at all.</summary>
    public IEnumerable<FuzzCase> ApiBodies(JsonNode openApi, IReadOnlyDictionary<string, string> pathValues)
    {
        var schemas = openApi["components"]?["schemas"]?.AsObject();
        foreach (var (path, item) in openApi["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var schema = operation?["requestBody"]?["content"]?["application/json"]?["schema"];
                if (schema is null) continue;
                // The plan import and the outlines have their own harness parts.
                if (path is "/api/plans" or "/api/plans/{id}/outlines") continue;
                var url = Url(path, pathValues);
                var httpMethod = new HttpMethod(method.ToUpperInvariant());
                var anonymous = path.StartsWith("/api/account", StringComparison.Ordinal) || path.StartsWith("/api/public", StringComparison.Ordinal);
                var area = $"api {method.ToUpperInvariant()} {path}";
                var sample = Sample(schema, schemas, 0) ?? new JsonObject();
                foreach (var (name, body) in new JsonMutations(_random).Of(sample, treeCases: 24, textCases: 8))
                {
                    yield return new FuzzCase(area, name, httpMethod, url, _ => Json(body), anonymous);
                }
                foreach (var raw in new[] { "null", "[]", "\"text\"", "1e999", "", "{\"a\":", "[null]" })
                {
                    yield return new FuzzCase(area, $"body {raw}", httpMethod, url, _ => Json(Encoding.UTF8.GetBytes(raw)), anonymous);
                }
            }
        }
    }

    public IEnumerable<FuzzCase> ListFiles()
    {
        var mutations = new JsonMutations(_random);
        foreach (var (extension, type, bytes) in new[]
        {
            (".txt", "text/plain", SampleFiles.ListText()),
            (".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SampleFiles.Docx()),
            (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SampleFiles.Xlsx(["序号", "项目", "责任单位"], ["1", "新建学校", "市教育局"])),
        })
        {
            foreach (var (name, broken) in FileMutations(mutations, bytes, 30))
            {
                yield return new FuzzCase("list files", $"{extension} {name}", HttpMethod.Post, "/imports?handler=Preview",
                    token => Form(token, ("list", $"list{extension}", type, broken), ("year", "2024"), ("region", "大连市")), FormPage: "/imports");
            }
        }
    }

    public IEnumerable<FuzzCase> ReportSheets(string period)
    {
        var mutations = new JsonMutations(_random);
        var sheet = SampleFiles.Xlsx(["编号", "指标", "累计完成"], ["01-01-1", "新建学校", "3"]);
        foreach (var (name, broken) in FileMutations(mutations, sheet, 50))
        {
            yield return new FuzzCase("report sheets", name, HttpMethod.Post, $"/report?handler=Upload&plan=1&month={period}",
                token => Form(token, ("sheet", "report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", broken)), FormPage: $"/report?plan=1&month={period}");
        }
        foreach (var (name, broken) in FileMutations(mutations, SampleFiles.Xlsx(["项目编号", "点位名称", "纬度", "经度"], ["01-01", "学校", "38.9", "121.6"]), 30))
        {
            yield return new FuzzCase("site sheets", name, HttpMethod.Post, "/sites?handler=Sheet&plan=1",
                token => Form(token, ("sheet", "sites.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", broken)), FormPage: "/sites?plan=1");
        }
    }

    public IEnumerable<FuzzCase> Photos(string project)
    {
        var mutations = new JsonMutations(_random);
        foreach (var (format, type) in new[] { (MagickFormat.Jpeg, "image/jpeg"), (MagickFormat.Pjpeg, "image/jpeg"), (MagickFormat.Png, "image/png") })
        {
            foreach (var (name, broken) in FileMutations(mutations, SampleFiles.Image(format), 25))
            {
                yield return new FuzzCase("photos", $"{format} {name}", HttpMethod.Post, $"/api/plans/1/projects/{project}/photos",
                    _ => Form(null, ("file", $"photo.{(format == MagickFormat.Png ? "png" : "jpg")}", type, broken), ("caption", "现场")));
            }
        }
    }

    public IEnumerable<FuzzCase> GeoJson()
    {
        var outlines = JsonNode.Parse(SampleFiles.Outlines())!;
        foreach (var (name, body) in new JsonMutations(_random).Of(outlines, treeCases: 40, textCases: 20))
        {
            yield return new FuzzCase("outlines (API)", name, HttpMethod.Put, "/api/plans/1/outlines", _ => Json(body));
        }
        foreach (var (name, body) in new JsonMutations(_random).Of(outlines, treeCases: 10, textCases: 10))
        {
            yield return new FuzzCase("outlines (page)", name, HttpMethod.Post, "/sites?handler=Outlines&plan=1",
                token => Form(token, ("outlines", "outlines.geojson", "application/geo+json", body)), FormPage: "/sites?plan=1");
        }
    }

    private IEnumerable<(string Name, byte[] Bytes)> FileMutations(JsonMutations mutations, byte[] bytes, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 5) switch
            {
                0 => ("truncated", bytes[..(1 + _random.Next(bytes.Length - 1))]),
                1 => ("one bit flipped", mutations.BitFlips(bytes, 1)),
                2 => ("bits flipped", mutations.BitFlips(bytes, 2 + _random.Next(30))),
                3 => ("a zeroed range", Zeroed(bytes)),
                _ => ("garbage appended", [.. bytes, .. Enumerable.Range(0, _random.Next(1, 5000)).Select(_ => (byte)_random.Next(256))]),
            };
        }
    }

    private byte[] Zeroed(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        var start = _random.Next(copy.Length);
        Array.Clear(copy, start, Math.Min(copy.Length - start, 1 + _random.Next(64)));
        return copy;
    }

    private static string Url(string path, IReadOnlyDictionary<string, string> values)
    {
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var name = segments[i].Trim('{', '}');
            var before = i > 0 ? segments[i - 1] : "";
            segments[i] = values.TryGetValue($"{before}/{name}", out var specific) ? specific : values.TryGetValue(name, out var value) ? value : "1";
        }
        return string.Join('/', segments);
    }

    /// <summary>A plausible value of a schema: the harness then breaks one part of it.</summary>
    private static JsonNode? Sample(JsonNode? schema, JsonObject? schemas, int depth)
    {
        if (schema is null || depth > 6) return null;
        if (schema["$ref"]?.GetValue<string>() is { } reference) return Sample(schemas?[reference.Split('/')[^1]], schemas, depth + 1);
        if (schema["enum"] is JsonArray choices && choices.Count > 0) return choices[0]?.DeepClone();
        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue value => value.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : null,
        };
        if (schema["oneOf"] is JsonArray or || schema["anyOf"] is JsonArray any)
        {
            var options = (schema["oneOf"] ?? schema["anyOf"])!.AsArray();
            return options.Select(o => Sample(o, schemas, depth + 1)).FirstOrDefault(o => o is not null);
        }
        return type switch
        {
            "object" when schema["properties"] is JsonObject properties => new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, Sample(p.Value, schemas, depth + 1)))),
            "object" => new JsonObject { ["key"] = "值" },
            "array" => new JsonArray(Sample(schema["items"], schemas, depth + 1)),
            "integer" => 1,
            "number" => 1.5,
            "boolean" => true,
            "string" => schema["format"]?.GetValue<string>() switch { "date" => "2024-06-30", "date-time" => "2024-06-30T10:00:00Z", _ => "2024-06" },
            _ => "2024-06",
        };
    }

    private static ByteArrayContent Json(byte[] body) => new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    private static MultipartFormDataContent Form(string? token, params object[] parts)
    {
        var form = new MultipartFormDataContent();
        if (token is not null) form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var part in parts)
        {
            switch (part)
            {
                case (string field, string fileName, string type, byte[] bytes):
                    var file = new ByteArrayContent(bytes);
                    file.Headers.ContentType = new MediaTypeHeaderValue(type);
                    form.Add(file, field, fileName);
                    break;
                case (string field, string value):
                    form.Add(new StringContent(value), field);
                    break;
            }
        }
        return form;
    }
}
