using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Minsheng.Tests.Infrastructure;

/// <summary>The list upload page as a browser without script uses it: the antiforgery token from the form, the preview's fields posted back.</summary>
public static partial class ListUploadPage
{
    public static string Sample(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "samples", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"No shared/samples/{name} above {AppContext.BaseDirectory}.");
    }

    public static async Task<HttpResponseMessage> PreviewAsync(HttpClient client, string fileName, byte[] content, string? year = null, string? region = null)
    {
        var token = PageForm.Token(await client.GetStringAsync("/imports"));
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent
        {
            { file, "list", fileName },
            { new StringContent(year ?? ""), "year" },
            { new StringContent(region ?? ""), "region" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        return await client.PostAsync("/imports?handler=Preview", form);
    }

    /// <summary>Posts the preview's save form back as shown, with some fields changed (a null value leaves the field out).</summary>
    public static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string preview, IReadOnlyDictionary<string, string?>? changes = null)
    {
        var fields = SaveFields(preview);
        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null) fields.Add(new(name, value));
        }
        return await client.PostAsync("/imports?handler=Save", new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts the preview's remap form back, each column given the meaning named for its heading (unnamed ones 不导入).</summary>
    public static async Task<HttpResponseMessage> RemapAsync(HttpClient client, string preview, IReadOnlyDictionary<string, string> meanings)
    {
        // The form's own fields hold its antiforgery token.
        var fields = FormFields(preview, "class=\"remap");
        foreach (var heading in fields.Where(f => f.Key.EndsWith(".Heading", StringComparison.Ordinal)).ToList())
        {
            fields.Add(new(heading.Key.Replace(".Heading", ".Meaning"), meanings.GetValueOrDefault(heading.Value, "Ignore")));
        }
        return await client.PostAsync("/imports?handler=Remap", new FormUrlEncodedContent(fields));
    }

    /// <summary>The id of the plan a save stored, from its redirect to the plan's dashboard.</summary>
    public static int SavedPlanId(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to the plan but got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        return int.Parse(response.Headers.Location!.OriginalString.Split("plan=")[1]);
    }

    /// <summary>The fields a browser would send from the save form: every input, a checkbox only when checked.</summary>
    private static List<KeyValuePair<string, string>> SaveFields(string preview) => FormFields(preview, "class=\"preview\"", selects: true);

    private static List<KeyValuePair<string, string>> FormFields(string preview, string marker, bool selects = false)
    {
        var start = preview.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page shows no form {marker}: " + preview);
        var form = preview[start..preview.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            if (name is null || (Attribute(tag, "type") == "checkbox" && !tag.Contains("checked", StringComparison.Ordinal))) continue;
            fields.Add(new(WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(Attribute(tag, "value") ?? "")));
        }
        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add(new(WebUtility.HtmlDecode(area.Groups["name"].Value), WebUtility.HtmlDecode(area.Groups["text"].Value)));
        }
        // A select sends its selected option, else its first.
        foreach (var select in selects ? Select().Matches(form) : Enumerable.Empty<Match>())
        {
            var options = Option().Matches(select.Groups["options"].Value);
            var chosen = options.FirstOrDefault(o => o.Value.Contains("selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            if (chosen is not null) fields.Add(new(WebUtility.HtmlDecode(select.Groups["name"].Value), WebUtility.HtmlDecode(Attribute(chosen.Value, "value") ?? "")));
        }
        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("<select[^>]*\\sname=\"(?<name>[^\"]*)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("<textarea[^>]*\\sname=\"(?<name>[^\"]*)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
