using Microsoft.Extensions.Localization;

namespace Minsheng.Shared;

/// <summary>The words of the tables' tools (wwwroot/js/grid.js), written into each page from the resources.</summary>
public static class GridText
{
    private static readonly string[] Keys = ["Search", "All", "Export", "Print", "Pages", "Previous", "Next", "Page", "Count", "CountOf", "SortBy", "ExportFailed", "ScrollHint"];

    public static IReadOnlyDictionary<string, string> For(IStringLocalizer text) =>
        Keys.ToDictionary(key => char.ToLowerInvariant(key[0]) + key[1..], key => text["Grid" + key].Value);
}
