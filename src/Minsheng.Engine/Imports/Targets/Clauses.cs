namespace Minsheng.Engine.Imports.Targets;

/// <summary>The content's text with where its clauses begin and end; separators inside quotes do not count.</summary>
internal sealed class Clauses
{
    private const string Hard = ",，。;；:：!！?？\n\r()（）【】[]";

    private readonly bool[] quoted;

    public Clauses(string text)
    {
        Text = text;
        quoted = QuotedCharacters(text);
    }

    public string Text { get; }

    public bool IsQuoted(int position) => quoted[position];

    public bool IsHardAt(int position) => !quoted[position] && Hard.Contains(Text[position]);

    public bool IsSeparatorAt(int position) => IsHardAt(position) || (!quoted[position] && Text[position] == '、');

    public int StartBefore(int position)
    {
        var i = position;
        while (i > 0 && !IsHardAt(i - 1)) i--;
        return i;
    }

    public int EndAfter(int position)
    {
        var i = position;
        while (i < Text.Length && !IsHardAt(i)) i++;
        return i;
    }

    /// <summary>The sentence (up to 。 or ;) holding the position, from its start to the position.</summary>
    public string SentenceBefore(int position)
    {
        var i = position;
        while (i > 0 && (quoted[i - 1] || Text[i - 1] is not ('。' or ';' or '；' or '\n'))) i--;
        return Text[i..position];
    }

    public bool InsideParentheses(int position)
    {
        var open = Text.LastIndexOfAny(['(', '（'], Math.Max(0, position - 1));
        if (open < 0) return false;
        var close = Text.IndexOfAny([')', '）'], open);
        return close < 0 || close > position;
    }

    /// <summary>
    /// Characters inside “…”, ‘…’, 《…》, 「…」 or "…": names, slogans and titles ("六个百分百", "15分钟
    /// 公共就业服务圈", 《…意见》), whose numbers are never targets. An opening mark with no close within 60 characters is ignored.
    /// </summary>
    private static bool[] QuotedCharacters(string text)
    {
        var quoted = new bool[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] switch { '“' => '”', '‘' => '’', '《' => '》', '「' => '」', '"' => '"', _ => '\0' };
            if (close == '\0') continue;
            var end = text.IndexOf(close, i + 1);
            if (end < 0 || end - i > 60) continue;
            for (var j = i; j <= end; j++) quoted[j] = true;
            i = end;
        }
        return quoted;
    }
}
