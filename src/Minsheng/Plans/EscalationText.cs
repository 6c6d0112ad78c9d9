using System.Globalization;
using Minsheng.Engine.Model;
using Minsheng.Engine.Progress;

namespace Minsheng.Plans;

/// <summary>A plan's escalation rules in one column: "1:yellow:2;2:red:1;3:red:3".</summary>
internal static class EscalationText
{
    public static string? Write(IReadOnlyList<EscalationRule>? rules) => rules is null
        ? null
        : string.Join(';', rules.Select(r => $"{r.Level}:{r.Light.ToString().ToLowerInvariant()}:{r.Months}"));

    public static IReadOnlyList<EscalationRule>? Read(string? text) => text?.Split(';', StringSplitOptions.RemoveEmptyEntries)
        .Select(rule => rule.Split(':'))
        .Select(parts => new EscalationRule(
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            Enum.Parse<Light>(parts[1], ignoreCase: true),
            int.Parse(parts[2], CultureInfo.InvariantCulture)))
        .ToList();
}
