using Microsoft.Extensions.Localization;
using Minsheng.Sites;

namespace Minsheng.Imports;

/// <summary>
/// The preview's sites checked for saving, as the /sites form checks a site: both coordinates in
/// their range, names and addresses of a length it allows. Each error names its project and row
/// (项目 01-02 点位 1 纬度：须为数字); a site without a name is named after its project.
/// </summary>
internal static class PlanFormSites
{
    public static (List<SiteRequest> Sites, List<FormError> Errors) Check(PlanForm form, IStringLocalizer<PageText> text)
    {
        var sites = new List<SiteRequest>();
        var errors = new List<FormError>();
        foreach (var (project, prefix) in form.ProjectFields())
        {
            foreach (var (site, field, number) in project.KeptSites(prefix))
            {
                var label = number > 0 ? text["SiteLabel", project.Code ?? "", number].Value : text["AddedSiteLabel", project.Code ?? ""].Value;
                var found = new List<FormError>();
                void Refuse(string property, string name, string? error)
                {
                    if (error is not null) found.Add(new FormError($"{field}.{property}", text["FieldError", $"{label} {text[name]}", error]));
                }

                var coordinates = SiteCoordinates.Read(site.Latitude, site.Longitude);
                Refuse("Latitude", "Latitude", coordinates.LatitudeError);
                Refuse("Longitude", "Longitude", coordinates.LongitudeError);
                var name = string.IsNullOrWhiteSpace(site.Name) ? project.Name?.Trim() ?? "" : site.Name.Trim();
                Refuse("Name", "SiteName", TooLong(name, SiteMapping.MaxName, text));
                Refuse("District", "SiteDistrict", TooLong(site.District, SiteMapping.MaxDistrict, text));
                Refuse("Address", "Address", TooLong(site.Address, SiteMapping.MaxAddress, text));
                errors.AddRange(found);
                if (found.Count == 0) sites.Add(new SiteRequest(project.Code, name, Trimmed(site.District), Trimmed(site.Address), coordinates.Latitude, coordinates.Longitude));
            }
        }
        return (sites, errors);
    }

    private static string? TooLong(string? value, int limit, IStringLocalizer<PageText> text) =>
        value?.Trim().Length > limit ? text["ErrorTooLong", limit].Value : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
