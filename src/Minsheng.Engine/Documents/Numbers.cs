namespace Minsheng.Engine.Documents;

public static class Numbers
{
    /// <summary>
    /// The largest figure a plan holds: a trillion (yuan, or units of anything). Storage keeps six
    /// decimals in a 64-bit integer on SQLite, which this leaves room for.
    /// </summary>
    public const decimal Largest = 1_000_000_000_000m;

    /// <summary>Drops trailing zeros a decimal carries from its source (8.00 → 8), so that documents read as written.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Output figures carry four decimals (a rate of 0.6019), enough for a percentage to one decimal.</summary>
    public static decimal Round(decimal value) => Normalize(Math.Round(value, 4, MidpointRounding.AwayFromZero));
}
