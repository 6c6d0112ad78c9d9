using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Minsheng.Accounts;

namespace Minsheng.Shared;

public static class PagesSetup
{
    /// <summary>Server-rendered pages in feature folders; every page needs an account except the sign-in page and the public portal.</summary>
    public static IServiceCollection AddMinshengPages(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        // Chinese text is written as it is, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            options.Conventions.AuthorizeFolder("/", Policies.Read);
            options.Conventions.AllowAnonymousToPage("/Accounts/Login");
            // The public portal (身边民生实事) is for residents, who have no account.
            options.Conventions.AllowAnonymousToFolder("/Public");
            options.Conventions.AuthorizePage("/Reporting/Report", Policies.Report);
            options.Conventions.AuthorizePage("/Reporting/Review", Policies.Review);
            options.Conventions.AuthorizePage("/Imports/ListUpload", Policies.Office);
            options.Conventions.AuthorizePage("/Sites/Index", Policies.Office);
            options.Conventions.AuthorizePage("/Residents/Moderation", Policies.Office);
            options.Conventions.AuthorizePage("/Accounts/Index", Policies.Office);
        }).AddMvcOptions(options => options.Filters.Add<Minsheng.Security.FormRowLimit>(order: 1000)); // after the pages' size limits (900)
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var chinese = new CultureInfo("zh-CN");
            options.DefaultRequestCulture = new RequestCulture(chinese);
            options.SupportedCultures = [chinese];
            options.SupportedUICultures = [chinese];
        });
        return services;
    }
}
