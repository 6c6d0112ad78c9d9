using Minsheng.Engine.Progress;

namespace Minsheng.Engine.Bulletins;

/// <summary>成绩单: the projects of each group with their key figures, each group's heading giving its count by status.</summary>
public sealed record ReportCard(
    string Title,
    string Preface,
    IReadOnlyList<CardGroup> Groups,
    IReadOnlyList<string> Closing);

public sealed record CardGroup(Status Status, string Heading, IReadOnlyList<CardItem> Items);

/// <summary>One project on the card. ForecastMonth is set for projects ahead: the month they complete at the recent pace.</summary>
public sealed record CardItem(int Number, string Code, string Project, string Text, int? ForecastMonth);
