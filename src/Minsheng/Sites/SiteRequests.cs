using Minsheng.Api;
using Minsheng.Data;

namespace Minsheng.Sites;

public sealed record SiteRequest(string? Project, string? Name, string? District, string? Address, decimal? Latitude, decimal? Longitude);

public sealed record SiteResponse(int Id, string Project, string Name, string? District, string? Address, decimal Latitude, decimal Longitude);

public static class SiteMapping
{
    public const int MaxName = 300;
    public const int MaxDistrict = 100;
    public const int MaxAddress = 300;

    public static SiteResponse ToResponse(this StoredSite site, string project) =>
        new(site.Id, project, site.Name, site.District, site.Address, site.Latitude, site.Longitude);

    /// <summary>The fields a site needs, each error naming its field.</summary>
    public static Dictionary<string, string[]> Validate(SiteRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Project)) errors["project"] = [ApiText.Get("SiteProjectMissing")];
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = [ApiText.Get("SiteNameMissing")];
        else if (request.Name.Length > MaxName) errors["name"] = [ApiText.Get("AtMostCharacters", MaxName)];
        if (request.District?.Length > MaxDistrict) errors["district"] = [ApiText.Get("AtMostCharacters", MaxDistrict)];
        if (request.Address?.Length > MaxAddress) errors["address"] = [ApiText.Get("AtMostCharacters", MaxAddress)];
        if (request.Latitude is not (>= -90 and <= 90)) errors["latitude"] = [ApiText.Get("LatitudeRange")];
        if (request.Longitude is not (>= -180 and <= 180)) errors["longitude"] = [ApiText.Get("LongitudeRange")];
        return errors;
    }

    public static void CopyTo(this SiteRequest request, StoredSite site, int projectId)
    {
        site.ProjectId = projectId;
        site.Name = request.Name!.Trim();
        site.District = string.IsNullOrWhiteSpace(request.District) ? null : request.District.Trim();
        site.Address = string.IsNullOrWhiteSpace(request.Address) ? null : request.Address.Trim();
        site.Latitude = request.Latitude!.Value;
        site.Longitude = request.Longitude!.Value;
    }
}
