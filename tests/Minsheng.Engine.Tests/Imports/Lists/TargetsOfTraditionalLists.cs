using Minsheng.Engine.Imports;
using Minsheng.Engine.Tests.Imports.Targets;
using Xunit.Abstractions;

namespace Minsheng.Engine.Tests.Imports.Lists;

/// <summary>The same lists published in Traditional characters with pinyin noise and full-width digits, read after normalising.</summary>
public class Targets_of_Traditional_lists_with_pinyin(ITestOutputHelper output)
{
    [Fact]
    public void Targets_of_unseen_lists_rendered_in_Traditional_with_pinyin_are_found_with_95_percent_recall_and_precision()
    {
        foreach (var (name, contents) in new[] { ("临江 2025", LinjiangList.Contents), ("青州 2023", QingzhouList.Contents), ("Dalian 2024", DalianContents.WithExpectedTargets()) })
        {
            var dirty = contents.Select(c => c with { Content = TextNormalizer.Normalize(TraditionalRendering.Of(c.Content)) }).ToList();

            var score = CorpusScore.Of(dirty);
            output.WriteLine($"{name}, Traditional with pinyin: {score}");

            Assert.True(score.Recall >= 0.95 && score.Precision >= 0.95, $"{name}: {score}");
            Assert.Equal(CorpusScore.Of(contents).ToString(), score.ToString());
        }
    }
}
