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
        if (string.IsNullOrWhiteSpace(request.Project)) errors["project"] = ["the project's code is required"];
        if (string.IsNullOrWhiteSpace(request.Name)) errors["name"] = ["a site needs a name"];
        else if (request.Name.Length > MaxName) errors["name"] = [$"at most {MaxName} characters"];
        if (request.District?.Length > MaxDistrict) errors["district"] = [$"at most {MaxDistrict} characters"];
        if (request.Address?.Length > MaxAddress) errors["address"] = [$"at most {MaxAddress} characters"];
        if (request.Latitude is not (>= -90 and <= 90)) errors["latitude"] = ["a latitude between -90 and 90 is required"];
        if (request.Longitude is not (>= -180 and <= 180)) errors["longitude"] = ["a longitude between -180 and 180 is required"];
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
