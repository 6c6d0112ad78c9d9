using System.Text;
using System.Text.RegularExpressions;

namespace Minsheng.Engine.Imports;

/// <summary>
/// Brings text copied from anywhere to one form before parsing, so that the same list gives the
/// same plan however it was published: composed Unicode, half-width ASCII, no pinyin annotations
/// ("實(shí)事" → "實事"), Simplified Chinese, one kind of line break.
/// </summary>
public static partial class TextNormalizer
{
    public static string Normalize(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var halfWidth = ToHalfWidth(composed);
        var withoutPinyin = PinyinAnnotation().Replace(halfWidth, "");
        var simplified = TraditionalToSimplified.Convert(withoutPinyin);
        return simplified.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>Full-width ASCII (０-９, Ａ-Ｚ, ，：（）％) to its half-width form; the ideographic space to a space.</summary>
    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });
        }
        return builder.ToString();
    }

    // Pinyin is lower-case Latin letters with tone marks, right after a Han character: "項(xiàng)", or a whole name's
    // reading after it, "幼兒園 (yòu'éryuán)", with at least one tone mark. Upper-case runs such as "(AED)", words of
    // more than six letters without tone marks and anything with digits such as "(DN400)" are kept; a short lower-case
    // word such as "(app)" is taken for a syllable's reading.
    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}」”》])\s*\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}|(?=[^)]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ' ]{1,80})\)")]
    private static partial Regex PinyinAnnotation();
}
