namespace Minsheng.Engine.Imports.Targets;

/// <summary>Full-width ASCII (１２０，％Ａ) to half-width, one character for one so spans still point into the input.</summary>
internal static class FullWidth
{
    public static string ToHalfWidth(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = ToHalfWidth(source[i]);
    });

    private static char ToHalfWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
