using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports;

/// <summary>
/// The units of a project: the lead is the first unit under 牵头单位, or else the first listed;
/// the others follow in order. District governments and development-zone committees are districts too.
/// </summary>
internal sealed partial record ListUnits(string? Lead, IReadOnlyList<string> Others, IReadOnlyList<string> Districts)
{
    public static ListUnits From(IEnumerable<BodyLine> body)
    {
        var lines = body.ToList();
        var lead = lines.Where(b => b.Kind == BodyKind.LeadUnits).SelectMany(b => Split(b.Text)).ToList();
        var listed = lines.Where(b => b.Kind is BodyKind.Units or BodyKind.OtherUnits).SelectMany(b => Split(b.Text)).ToList();
        var all = lead.Concat(listed).Distinct().ToList();
        var districts = all.Select(DistrictOf).OfType<string>().Distinct().ToList();
        return new ListUnits(all.FirstOrDefault(), all.Skip(1).ToList(), districts);
    }

    private static IEnumerable<string> Split(string text) =>
        Separators().Split(text.TrimEnd('。', '.', ' ')).Select(u => u.Trim()).Where(u => u.Length > 0);

    private static string? DistrictOf(string unit) => DistrictGovernment().Match(unit) is { Success: true } match ? match.Groups["district"].Value : null;

    [GeneratedRegex(@"[、,，;；\s]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?!各|相关|全市|市|先导区)(?<district>\p{IsCJKUnifiedIdeographs}{1,10}?(?:新区|开发区|高新区|经济区|保税区|区|县|市|旗|岛))(?:人民)?(?:政府|管委会)$")]
    private static partial Regex DistrictGovernment();
}
