using System.Globalization;
using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports;

/// <summary>
/// A project's sites (点位) in a list's text, one line each under the project:
/// "点位:名称|区域|地址|纬度|经度", as a list kept as a table is written out. A site without a name
/// is named after its project; one without coordinates on the map's range is left out with a warning.
/// </summary>
public static partial class ListSites
{
    public static string Line(string? name, string? district, string? address, decimal latitude, decimal longitude) =>
        $"点位:{Field(name)}|{Field(district)}|{Field(address)}|{latitude.ToString(CultureInfo.InvariantCulture)}|{longitude.ToString(CultureInfo.InvariantCulture)}";

    internal static IReadOnlyList<ImportedSite> From(IEnumerable<BodyLine> body, string projectName, string code, List<ListWarning> warnings)
    {
        var sites = new List<ImportedSite>();
        foreach (var line in body.Where(b => b.Kind == BodyKind.Site))
        {
            var fields = line.Text.Split('|').Select(f => f.Trim()).ToArray();
            if (!Coordinate(fields[3], 90, out var latitude) || !Coordinate(fields[4], 180, out var longitude))
            {
                warnings.Add(new ListWarning(line.Line, ListProblem.SiteWithoutCoordinates, [code, projectName, fields[0]], $"{code} \"{projectName}\": the site \"{fields[0]}\" has no latitude and longitude on the map; it was left out."));
                continue;
            }
            sites.Add(new ImportedSite(fields[0].Length > 0 ? fields[0] : projectName, Optional(fields[1]), Optional(fields[2]), latitude, longitude));
        }
        return sites;
    }

    [GeneratedRegex(@"^点位\s*:\s*(?<fields>[^|]*(?:\|[^|]*){4})$")]
    internal static partial Regex Pattern();

    private static bool Coordinate(string text, decimal limit, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= -limit && value <= limit;

    private static string? Optional(string field) => field.Length > 0 ? field : null;

    // The line's separators and breaks cannot be part of a field.
    private static string Field(string? text) => (text ?? "").Replace('|', '/').ReplaceLineEndings(" ").Trim();
}
