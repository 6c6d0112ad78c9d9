using Minsheng.Engine.Model;

namespace Minsheng.Engine.Documents;

/// <summary>
/// A sub-indicator (其中) must break down an indicator of its own project that is no part itself, counted
/// the same way: same kind, unit and direction, not a milestone, and for a quantity no larger than its
/// whole. One that does not is kept as an indicator of its own, with a warning naming its path.
/// </summary>
internal static class SubIndicators
{
    public static List<Indicator> Checked(List<Indicator> indicators, IReadOnlyDictionary<string, string> ofSetAt, List<DocumentWarning> warnings)
    {
        var byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        // A whole whose own "of" is ignored is a target of its own, and its parts keep it.
        var parts = indicators.Where(i => i.Of is { } of && Unlike(i, byCode.GetValueOrDefault(of)) is null).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        return indicators.Select(indicator =>
        {
            if (indicator.Of is not { } of) return indicator;
            var whole = byCode.GetValueOrDefault(of);
            var problem = whole is not null && parts.Contains(whole.Code) ? $"\"{whole.Code}\" is itself a part of \"{whole.Of}\"" : Unlike(indicator, whole);
            if (problem is null) return indicator;
            warnings.Add(new DocumentWarning(ofSetAt[indicator.Code], $"ignored: {problem}"));
            return indicator with { Of = null };
        }).ToList();
    }

    private static string? Unlike(Indicator part, Indicator? whole)
    {
        if (whole is null) return $"\"{part.Of}\" is no indicator of the same project";
        if (whole.Code == part.Code) return "an indicator cannot be a part of itself";
        if (part.Kind == IndicatorKind.Milestone || whole.Kind == IndicatorKind.Milestone) return "a milestone has no parts";
        if (part.Kind != whole.Kind || part.Direction != whole.Direction || !string.Equals(part.Unit, whole.Unit, StringComparison.Ordinal))
        {
            return $"a part is counted as its whole \"{whole.Code}\" is: the same kind, unit and direction";
        }
        if (part.Kind == IndicatorKind.Quantity && part.Direction == Direction.Up && part.Target > whole.Target)
        {
            return $"its target {part.Target} is larger than that of its whole \"{whole.Code}\" ({whole.Target})";
        }
        return null;
    }
}
