using Microsoft.AspNetCore.Identity;
using Minsheng.Shared;

namespace Minsheng.Accounts;

/// <summary>Account messages in the users' language (Resources/AccountText.resx).</summary>
internal static class AccountText
{
    private static readonly ResourceText Text = new("AccountText");

    public static string Get(string key, params object?[] values) => Text.Get(key, values);

    /// <summary>A role as people call it: 督查室工作人员, 填报员 ...</summary>
    public static string RoleName(string role) => Text.Get("Role." + role);

    /// <summary>Identity's error in Chinese where we have it (the minimum length is Identity's option), else its own English description.</summary>
    public static string Describe(IdentityError error) =>
        Text.Find("Identity" + error.Code) is not null ? Text.Get("Identity" + error.Code, AccountsSetup.MinimumPasswordLength) : error.Description;
}
