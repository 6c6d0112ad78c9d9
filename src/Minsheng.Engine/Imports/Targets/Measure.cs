namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// A number with its unit: Value already scaled by 万/亿, UnitEnd past the unit, End past a trailing
/// 以上/以内/以下/左右; Bound is what 余, 多 or those trailing words say.
/// </summary>
internal sealed record Measure(NumberToken Number, string Unit, int UnitEnd, int End, TargetBound Bound)
{
    public int Start => Number.Start;

    public decimal Value => Number.Value;

    public static Measure? Read(string text, NumberToken number)
    {
        if (number.IsPercent) return Trailing(text, number, "%", number.End, TargetBound.Exact);

        var position = number.End;
        var bound = TargetBound.Exact;
        if (position < text.Length && text[position] is '余' or '多')
        {
            bound = TargetBound.AtLeast;
            position++;
        }
        var written = Units.At(text, position);
        return written is null ? null : Trailing(text, number, Units.Named(written), position + written.Length, bound);
    }

    private static Measure Trailing(string text, NumberToken number, string unit, int unitEnd, TargetBound bound)
    {
        foreach (var (word, trailing) in TrailingBounds)
        {
            if (string.CompareOrdinal(text, unitEnd, word, 0, word.Length) == 0) return new Measure(number, unit, unitEnd, unitEnd + word.Length, trailing);
        }
        return new Measure(number, unit, unitEnd, unitEnd, bound);
    }

    private static readonly (string Word, TargetBound Bound)[] TrailingBounds =
    [
        ("以上", TargetBound.AtLeast), ("以内", TargetBound.AtMost), ("以下", TargetBound.AtMost), ("左右", TargetBound.Exact),
    ];
}
