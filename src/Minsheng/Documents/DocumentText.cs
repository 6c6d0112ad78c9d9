using Minsheng.Shared;

namespace Minsheng.Documents;

/// <summary>The documents' messages and page words in the users' language (Resources/DocumentText.resx).</summary>
public static class DocumentText
{
    private static readonly ResourceText Text = new("DocumentText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);
}
