using System.Globalization;
using Minsheng.Engine.Model;

namespace Minsheng.Engine.Bulletins;

/// <summary>
/// An indicator's figures as offices write them: the one rule that pages, downloads and documents
/// follow (docs/rules.md, "Figures as they are written"). A figure is written at the indicator's
/// precision, whole for a count (户, 所) and at most two decimals otherwise; a node is rounded to the
/// side that meets it; a milestone's figure is its stage's name. Status is judged on the exact
/// figures, never on these.
/// </summary>
public static class WrittenFigures
{
    /// <summary>What a milestone stands at before its first stage.</summary>
    public const string NotStarted = "未启动";

    /// <summary>Decimals an indicator's figures are written with: none for whole numbers, at most two otherwise.</summary>
    public static int Decimals(Indicator indicator) => indicator.WholeNumbers ? 0 : 2;

    /// <summary>A target, actual or district figure at the indicator's precision, rounded half away from zero.</summary>
    public static decimal Value(Indicator indicator, decimal value) =>
        Math.Round(value, Decimals(indicator), MidpointRounding.AwayFromZero);

    /// <summary>
    /// A node at the indicator's precision, rounded to the side that meets it: up when more is better,
    /// down for a ceiling. A node of 58.33 households is written 59, the fewest that meet it, so that
    /// a figure equal to the node as written is never behind it.
    /// </summary>
    public static decimal Node(Indicator indicator, decimal node) =>
        Math.Round(node, Decimals(indicator), indicator.Direction == Direction.Down ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity);

    /// <summary>The stage a milestone's figure names (未启动 before the first); null for an indicator without stages.</summary>
    public static string? Stage(Indicator indicator, decimal value)
    {
        if (indicator.Kind != IndicatorKind.Milestone || indicator.Stages.Count == 0) return null;
        var stage = (int)Math.Round(value, MidpointRounding.AwayFromZero);
        return stage < 1 ? NotStarted : indicator.Stages[Math.Min(stage, indicator.Stages.Count) - 1];
    }

    /// <summary>A figure in a table (pages, the command line): the stage's name, or the number with thousands separators (2,170, 23.45).</summary>
    public static string Cell(Indicator indicator, decimal value) => Stage(indicator, value) ?? Number(Value(indicator, value));

    /// <summary>A node in a table, as <see cref="Cell"/> writes a figure.</summary>
    public static string NodeCell(Indicator indicator, decimal node) => Stage(indicator, node) ?? Number(Node(indicator, node));

    /// <summary>A figure in a sentence (documents): the stage's name in quotes (“开工”), or the amount with its unit, in 万 or 亿 once it reaches them (8.65万户).</summary>
    public static string Amount(Indicator indicator, decimal value) => Quoted(Stage(indicator, value)) ?? ChineseFigures.Amount(Value(indicator, value), indicator.Unit);

    /// <summary>A node in a sentence, as <see cref="Amount"/> writes a figure.</summary>
    public static string NodeAmount(Indicator indicator, decimal node) => Quoted(Stage(indicator, node)) ?? ChineseFigures.Amount(Node(indicator, node), indicator.Unit);

    private static string? Quoted(string? stage) => stage is null or NotStarted ? stage : $"“{stage}”";

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
