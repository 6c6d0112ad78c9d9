using System.Globalization;

namespace Minsheng.Engine.Model;

/// <summary>A reporting month of a plan year ("2024-06").</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is not { Length: 7 } || text[4] != '-') return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return false;
        if (!int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)) return false;
        if (month is < 1 or > 12) return false;
        period = new Period(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period of the form YYYY-MM.");

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
