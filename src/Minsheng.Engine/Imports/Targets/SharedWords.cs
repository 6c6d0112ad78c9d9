namespace Minsheng.Engine.Imports.Targets;

/// <summary>
/// Targets listed one after another share their words: 新建口袋公园15个、绿道12公里 builds the greenways too
/// (新建绿道), and 新辟公交线路4条、优化调整8条 adjusts bus routes (优化调整公交线路). A name of its own words alone
/// is no name a clerk would write.
/// </summary>
internal static class SharedWords
{
    public static IReadOnlyList<ExtractedTarget> Named(string text, IReadOnlyList<ExtractedTarget> targets)
    {
        var named = targets.ToList();
        for (var i = 1; i < named.Count; i++)
        {
            var (previous, target) = (named[i - 1], named[i]);
            var from = previous.Start + previous.Length;
            var listed = from < target.Start && text[from] == '、';
            // Only the clause right after the previous target shares its words: 建成口袋公园5个。完成120个 does not.
            var between = text[from..target.Start];
            var next = between.Length > 0 && between[0] is '、' or ',' or '，' && between.IndexOfAny(['。', ';', '；', '\n']) < 0 && between.Replace("其中", "", StringComparison.Ordinal).Length <= target.Name.Length + 2;
            if (!next) continue;
            var verbs = TargetNames.LeadingVerbs(previous.Name);
            // 基本建成2793套: an adverb before the verb is still no object.
            var own = target.Name.StartsWith("基本", StringComparison.Ordinal) ? target.Name[2..] : target.Name;
            var ownVerbs = TargetNames.LeadingVerbs(own);
            if (ownVerbs.Length > 0 && ownVerbs.Length == own.Length && previous.Name.Length > verbs.Length)
            {
                named[i] = target with { Name = target.Name + previous.Name[verbs.Length..] };
            }
            else if (listed && verbs.Length > 0 && target.Name.Length > 0 && !TargetNames.HasVerb(target.Name))
            {
                named[i] = target with { Name = verbs + target.Name };
            }
        }
        return named;
    }
}
