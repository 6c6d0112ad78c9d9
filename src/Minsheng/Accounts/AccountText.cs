using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Identity;

namespace Minsheng.Accounts;

/// <summary>Account messages in the users' language (Resources/AccountText.resx).</summary>
internal static class AccountText
{
    private static readonly ResourceManager Resources = new("Minsheng.Resources.AccountText", typeof(AccountText).Assembly);

    public static string Get(string key, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key, values);

    /// <summary>Identity's error in Chinese where we have it, else its own English description.</summary>
    public static string Describe(IdentityError error) =>
        Resources.GetString("Identity" + error.Code, CultureInfo.CurrentUICulture) is { } text
            ? string.Format(CultureInfo.InvariantCulture, text, 10)
            : error.Description;
}
