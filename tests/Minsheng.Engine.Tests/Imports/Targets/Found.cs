using Minsheng.Engine.Imports.Targets;

namespace Minsheng.Engine.Tests.Imports.Targets;

/// <summary>What the extractor finds in a content, in the shapes the tests compare.</summary>
internal static class Found
{
    public static (decimal Value, string Unit)[] ValuesAndUnits(string content) =>
        [.. TargetExtractor.Extract(content).Targets.Select(t => (t.Value, t.Unit))];

    public static ExtractedTarget Single(string content) => Assert.Single(TargetExtractor.Extract(content).Targets);

    public static string[] Names(string content) => [.. TargetExtractor.Extract(content).Targets.Select(t => t.Name)];
}
