using Minsheng.Engine.Imports;

namespace Minsheng.Imports;

/// <summary>
/// The site columns (点位) of a list kept as a table: 点位名称 | 所在区域 | 地址 | 纬度 | 经度, or one 坐标
/// column written "纬度,经度". They are read when the table gives coordinates, for a site is a point
/// on the map. A row's site becomes a site line of the list's text; a bad cell is a problem naming
/// its row and column (清单.xlsx 第7行 纬度：须为数字).
/// </summary>
internal sealed class TableSites
{
    private static readonly string[] NameHeaders = ["点位名称", "点位", "建设地点"];
    // A site's own district; a project's districts still come from its units (某区人民政府).
    private static readonly string[] DistrictHeaders = ["所在区域", "所在区", "区域"];
    private static readonly string[] AddressHeaders = ["详细地址", "地址"];
    private static readonly string[] LatitudeHeaders = ["纬度"];
    private static readonly string[] LongitudeHeaders = ["经度"];
    private static readonly string[] PairHeaders = ["坐标", "经纬度"];

    private readonly string[] _header;
    private readonly int _name, _district, _address, _latitude, _longitude, _pair;

    private TableSites(string[] header)
    {
        _header = header;
        (_name, _district, _address) = (TableList.Column(header, NameHeaders), TableList.Column(header, DistrictHeaders), TableList.Column(header, AddressHeaders));
        (_latitude, _longitude, _pair) = (TableList.Column(header, LatitudeHeaders), TableList.Column(header, LongitudeHeaders), TableList.Column(header, PairHeaders));
    }

    /// <summary>The table's site columns, or null when it gives no coordinates.</summary>
    public static TableSites? Of(string[] header)
    {
        var sites = new TableSites(header);
        return sites._latitude >= 0 || sites._longitude >= 0 || sites._pair >= 0 ? sites : null;
    }

    /// <summary>The columns the sites are read from.</summary>
    public IEnumerable<int> Columns => new[] { _name, _district, _address, _latitude, _longitude, _pair }.Where(column => column >= 0);

    public bool IsIn(string[] row) =>
        new[] { _name, _district, _address, _latitude, _longitude, _pair }.Any(column => TableList.Cell(row, column).Length > 0);

    /// <summary>The row's site as a line of the list's text, or null after adding its problems.</summary>
    public string? Line(string[] row, string rowName, ICollection<string> problems)
    {
        var separate = _latitude >= 0 || _longitude >= 0;
        var coordinates = separate
            ? SiteCoordinates.Read(TableList.Cell(row, _latitude), TableList.Cell(row, _longitude))
            : SiteCoordinates.ReadPair(TableList.Cell(row, _pair));
        if (coordinates is null)
        {
            problems.Add(Problem(rowName, HeaderOf(_pair), ImportText.Get("ErrorCoordinatePair")));
            return null;
        }
        // Separate columns are named by their headers (or by what is missing); one 坐标 column by its header, then which of the two.
        foreach (var (error, column, which) in new[] { (coordinates.LatitudeError, _latitude, "Latitude"), (coordinates.LongitudeError, _longitude, "Longitude") })
        {
            if (error is null) continue;
            problems.Add(separate
                ? Problem(rowName, column >= 0 ? HeaderOf(column) : ImportText.Get(which), error)
                : Problem(rowName, HeaderOf(_pair), ImportText.Get(which) + error));
        }
        if (!coordinates.Valid) return null;
        return ListSites.Line(TableList.Cell(row, _name), TableList.Cell(row, _district), TableList.Cell(row, _address), coordinates.Latitude!.Value, coordinates.Longitude!.Value);
    }

    public static string Problem(string rowName, string column, string message) => ImportText.Get("FieldError", $"{rowName} {column}".TrimEnd(), message);

    private string HeaderOf(int column) => _header[column].Replace(" ", "");
}
