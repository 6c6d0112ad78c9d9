using JiebaNet.Segmenter;

namespace Minsheng.Engine.Suggestions;

/// <summary>
/// The words of a text that say what it is about, cut by jieba.NET (its dictionary is copied beside the program, in
/// jieba/): words of two characters or more, without the ones every suggestion has (建议, 希望, 问题).
/// The dictionary takes some 35 MB and a second to load, so it loads on first use only.
/// </summary>
internal static class ChineseWords
{
    private static readonly HashSet<string> Common =
    [
        "建议", "希望", "能够", "可以", "进行", "问题", "我们", "市民", "群众", "居民", "大家", "没有", "非常", "比较", "现在", "目前", "一些", "这个",
        "那个", "还是", "已经", "因为", "所以", "如果", "但是", "而且", "以及", "或者", "需要", "尽快", "相关", "部门", "政府", "有关", "方面", "情况",
        "解决", "加强", "增加", "提高", "实施", "推进", "开展", "完善", "每天", "经常", "很多", "不少", "特别", "一下", "一个",
    ];

    // PublicationOnly: a dictionary that failed to load (a file missing) is tried again, not remembered as failed.
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        return new JiebaSegmenter();
    }, LazyThreadSafetyMode.PublicationOnly);

    public static HashSet<string> Of(string text) =>
        Segmenter.Value.Cut(text).Select(w => w.Trim()).Where(w => w.Length >= 2 && w.Any(char.IsLetterOrDigit) && !Common.Contains(w)).ToHashSet(StringComparer.Ordinal);
}
