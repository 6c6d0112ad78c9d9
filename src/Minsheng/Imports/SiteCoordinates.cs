using System.Globalization;
using System.Text.RegularExpressions;

namespace Minsheng.Imports;

/// <summary>
/// A site's latitude and longitude as written, in a list's cells or the preview's fields, read for the
/// map: both are needed (a site off the map cannot be stored), each a number in its range. An error is
/// in the page's words (须为数字).
/// </summary>
internal sealed record SiteCoordinates(decimal? Latitude, decimal? Longitude, string? LatitudeError, string? LongitudeError)
{
    public bool Valid => Latitude is not null && Longitude is not null;

    public static SiteCoordinates Read(string? latitude, string? longitude)
    {
        var (lat, latitudeError) = Coordinate(latitude, 90, "ErrorLatitudeRange");
        var (lon, longitudeError) = Coordinate(longitude, 180, "ErrorLongitudeRange");
        return new SiteCoordinates(lat, lon, latitudeError, longitudeError);
    }

    /// <summary>One cell written "纬度,经度" (a comma, a Chinese comma or a space between).</summary>
    public static SiteCoordinates? ReadPair(string pair)
    {
        var parts = Regex.Split(pair.Trim(), @"\s*[,，]\s*|\s+");
        return parts.Length == 2 ? Read(parts[0], parts[1]) : null;
    }

    private static (decimal? Value, string? Error) Coordinate(string? text, decimal limit, string rangeError)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, ImportText.Get("ErrorMissing"));
        if (!decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return (null, ImportText.Get("ErrorNotANumber"));
        return value >= -limit && value <= limit ? (value, null) : (null, ImportText.Get(rangeError));
    }
}
