using Minsheng.Engine.Imports;
using Minsheng.Shared;

namespace Minsheng.Imports;

/// <summary>The preview page's words where no page is at hand: reading a list's file, for the page and the command line alike.</summary>
internal static class ImportText
{
    private static readonly ResourceText Text = new("PageText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);

    /// <summary>A list reader's warning or refusal in the users' language.</summary>
    public static string Of(ListWarning warning) => Get("List" + warning.Problem, [.. warning.Values]);

    public static string Of(ListImportException refusal) => Get("List" + refusal.Problem);
}
